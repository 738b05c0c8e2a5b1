package ctxbench.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * How a picocli command reports errors, shared by every tool: a command-line error is one line
 * {@code tool: <what> <hint>} on stderr and {@link Exit#BAD_INPUT}; an exception from the command is
 * one line {@code tool: <what>} ({@link ErrorLine}) and {@link Exit#BAD_INPUT} for the bad-input
 * types, {@link Exit#FAILED} for anything else.
 *
 * <p>An unknown option reads {@code unknown option --x}, an option without its value
 * {@code --x needs a value}, a word where a command with subcommands expects one
 * {@code unknown command 'x'}; other picocli messages are kept. An option given again replaces its
 * earlier value (the scripts pass defaults that the user's arguments then override).
 *
 * @param name      the tool's name, the prefix of its error lines ({@code compare})
 * @param hint      appended to command-line errors, e.g. {@code (see --help)}; null for the command's usage line
 *                  ({@link #usageHint})
 * @param badInput  exception types that mean bad input (exit 2); {@link BadInputException} always does
 */
public record CliTool(String name, String hint, List<Class<? extends Exception>> badInput) {

    /** The tool {@code name}, with the hint {@code (see --help)} and {@link BadInputException} as its bad input. */
    public static CliTool named(String name) {
        return new CliTool(name, "(see --help)", List.of(BadInputException.class));
    }

    /** This tool with {@code hint} after its command-line errors. */
    public CliTool hint(String hint) {
        return new CliTool(name, hint, badInput);
    }

    /**
     * This tool with its command's usage line after its command-line errors, in parentheses:
     * {@code (usage: charts.sh RUN [RUN...])} for {@code customSynopsis = "usage: charts.sh RUN [RUN...]"}.
     */
    public CliTool usageHint() {
        return new CliTool(name, null, badInput);
    }

    /** This tool, with exceptions of type {@code type} (and its subtypes) also bad input. */
    public CliTool badInput(Class<? extends Exception> type) {
        return new CliTool(name, hint, Stream.concat(badInput.stream(), Stream.of(type)).toList());
    }

    /** A command line for {@code command} printing to {@code out} and {@code err} with this tool's error handling. */
    public CommandLine commandLine(Object command, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setOverwrittenOptionsAllowed(true);
        String said = hint != null ? hint : "(" + String.join(" ", cli.getCommandSpec().usageMessage().customSynopsis()).strip() + ")";
        cli.setParameterExceptionHandler((e, args) -> {
            err.println(name + ": " + what(e) + " " + said);
            return Exit.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            err.println(name + ": " + ErrorLine.of(e));
            return badInput.stream().anyMatch(t -> t.isInstance(e)) ? Exit.BAD_INPUT : Exit.FAILED;
        });
        return cli;
    }

    /**
     * A tool's entry: what its tests run ({@link #run}) and what its {@code main} runs
     * ({@link #main}); a tool class holds one as {@code TOOL}.
     */
    @FunctionalInterface
    public interface Entry {
        /** Runs the tool with {@code args}, printing to {@code out} and {@code err}; returns its exit status ({@link Exit}). */
        int run(String[] args, PrintStream out, PrintStream err);

        /** Runs the tool on UTF-8 standard output and error and exits the JVM with its status: the body of the tool's {@code main}. */
        default void main(String[] args) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            System.exit(run(args, out, err));
        }
    }

    /** This tool running a fresh command from {@code command} each time (picocli fills the command's fields). */
    public Entry entry(Supplier<?> command) {
        return (args, out, err) -> commandLine(command.get(), out, err).execute(args);
    }

    /** What a command-line error says, one line. */
    private static String what(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && u.isUnknownOption()) {
            return "unknown option " + u.getUnmatched().getFirst();
        }
        if (e instanceof UnmatchedArgumentException u && !u.getCommandLine().getSubcommands().isEmpty()
                && u.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
            return "unknown command '" + u.getUnmatched().getFirst() + "'";
        }
        if (e instanceof MissingParameterException m && m.getMissing().size() == 1) {
            ArgSpec missing = m.getMissing().getFirst();
            if (missing instanceof OptionSpec option && option.arity().min > 0 && e.getMessage().contains("for option")) {
                return option.longestName() + " needs a value";
            }
        }
        return ErrorLine.firstLine(e.getMessage());
    }
}
