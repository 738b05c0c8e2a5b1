package ctxbench.goimport;

import ctxbench.cli.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@link GoBenchImport}'s env options: the facts for env.json that {@code scripts/go-bench.sh}
 * passes, each an optional {@code --KEY VALUE} kept under {@code KEY}. They are one table (key,
 * label, text, the form of the value), which becomes the command's options
 * ({@code @Command(modelTransformer = GoEnvOptions.class)}) and is read back in its order
 * ({@link #given}), so a key is named once.
 */
final class GoEnvOptions implements IModelTransformer {
    /** What a value must look like; checked before anything is written. */
    private enum Form {
        /** Any text. */
        TEXT,
        /** A whole number, e.g. {@code --count 5}. */
        NUMBER,
        /** {@code true} or {@code false}. */
        TRUE_OR_FALSE;

        /** What is wrong with {@code value} for this form, said after the option's name; empty when nothing is. */
        String problem(String value) {
            return switch (this) {
                case TEXT -> "";
                case NUMBER -> value.matches("\\d+") ? "" : "must be a number";
                case TRUE_OR_FALSE -> value.matches("true|false") ? "" : "must be true or false";
            };
        }
    }

    /** One env option: {@code --key LABEL}, described by {@code text}, its value of {@code form}. */
    private record Key(String key, String label, String text, Form form) {
    }

    /** The env options, in the order of the help and of the map {@link #given} returns. */
    private static final List<Key> KEYS = List.of(
            new Key("go-version", "V", "the Go version", Form.TEXT),
            new Key("gomaxprocs", "N", "GOMAXPROCS", Form.NUMBER),
            new Key("profile", "P", "the profile", Form.TEXT),
            new Key("count", "N", "go test -count", Form.NUMBER),
            new Key("benchtime", "T", "go test -benchtime", Form.TEXT),
            new Key("args", "TEXT", "the script's arguments", Form.TEXT),
            new Key("start", "ISO", "when the run started", Form.TEXT),
            new Key("end", "ISO", "when the run ended", Form.TEXT),
            new Key("complete", "true|false", "whether the run is complete", Form.TRUE_OR_FALSE),
            new Key("git-commit", "C", "the git commit", Form.TEXT),
            new Key("git-dirty", "true|false", "whether the work tree had changes", Form.TRUE_OR_FALSE));

    /** Adds the env options to {@code command}, after its own. */
    @Override
    public CommandSpec transform(CommandSpec command) {
        for (Key k : KEYS) {
            command.addOption(OptionSpec.builder("--" + k.key()).paramLabel(k.label()).type(String.class)
                    .description("env.json: " + k.text() + ".").build());
        }
        return command;
    }

    /** The env options given on {@code command}'s line, by key in the table's order; bad input for a value of the wrong form. */
    static Map<String, String> given(CommandSpec command) throws BadInputException {
        Map<String, String> env = new LinkedHashMap<>();
        for (Key k : KEYS) {
            String value = command.findOption("--" + k.key()).getValue();
            if (value == null) continue;
            String problem = k.form().problem(value);
            if (!problem.isEmpty()) throw new BadInputException("--" + k.key() + " " + problem);
            env.put(k.key(), value);
        }
        return env;
    }
}
