package ctxbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A ctxbench command's output (a picocli mixin: {@code @Mixin CliCommand cli;}), including the
 * named values the scripts read ({@link #value}: one {@code key=value} line each, read by
 * {@code scripts/lib/values.sh}, never by position), and its own command-line errors
 * ({@link #usageError}). Its {@code -h/--help} comes from {@link CliTool}. (A mixin without
 * options must be marked {@code @Command} for picocli to take it.)
 */
@Command
public final class CliCommand {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The command's standard output. */
    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The command's standard error. */
    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Prints the named value {@code key=value} (a script reads it with {@code ctxbench_value key});
     * a key may be printed more than once for a list.
     */
    public void value(String key, Object value) {
        String text = String.valueOf(value);
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(key + ": a named value is one line");
        }
        out().println(key + "=" + text);
    }

    /**
     * A command-line error found by the command itself (a missing positional argument): thrown from
     * {@code call()}, it is reported as picocli's own are, {@code tool: <message> <hint>} ({@link CliTool}).
     */
    public ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** {@code text} as a boolean, for an option that takes {@code true} or {@code false}. */
    public static boolean trueOrFalse(String option, String text) throws BadInputException {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadInputException(option + " takes true or false");
        };
    }
}
