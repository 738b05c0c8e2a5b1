package ctxbench.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command-line tool built on picocli, and how every tool takes {@code -h/--help} and reports
 * errors: a command-line error is one line {@code tool: <what> <hint>} on stderr and
 * {@link Exit#BAD_INPUT}; an exception from the command is one line {@code tool: <what>}
 * ({@link ErrorLine}) and {@link Exit#BAD_INPUT} for the bad-input types, {@link Exit#FAILED} for
 * anything else.
 *
 * <p>Every command of the tool, subcommands included, gets {@code -h/--help}. An unknown option
 * reads {@code unknown option --x}, an option without its value {@code --x needs a value}, a word
 * where a command with subcommands expects one {@code unknown command 'x'}, no subcommand at all
 * the tool's {@link #noCommand} line (a tool of subcommands has no work of its own: its root is
 * not {@code Callable}); a value an option's setter refuses with a {@link BadInputException} its
 * message, as the command's own bad input is (no hint); other picocli messages are kept. An option given again replaces its
 * earlier value (the scripts pass defaults that the user's arguments then override).
 *
 * @param name           the tool's name, the prefix of its error lines ({@code compare})
 * @param hintUsage      whether command-line errors end with the command's usage line ({@link #usageHint}) rather
 *                       than {@code (see --help)}
 * @param badInput       exception types that mean bad input (exit 2); {@link BadInputException} always does
 * @param noCommandLine  what a command line without a subcommand is told ({@link #noCommand}; null: picocli's words)
 */
public record CliTool(String name, boolean hintUsage, List<Class<? extends Exception>> badInput, String noCommandLine) {
    /** What picocli says when a command that has only subcommands is given none. */
    private static final String MISSING_SUBCOMMAND = "Missing required subcommand";

    /** The tool {@code name}, with the hint {@code (see --help)} and {@link BadInputException} as its bad input. */
    public static CliTool named(String name) {
        return new CliTool(name, false, List.of(BadInputException.class), null);
    }

    /**
     * This tool with its command's usage line after its command-line errors, in parentheses:
     * {@code (usage: charts.sh RUN [RUN...])} for {@code customSynopsis = "usage: charts.sh RUN [RUN...]"}.
     */
    public CliTool usageHint() {
        return new CliTool(name, true, badInput, noCommandLine);
    }

    /** This tool, with exceptions of type {@code type} (and its subtypes) also bad input. */
    public CliTool badInput(Class<? extends Exception> type) {
        return new CliTool(name, hintUsage, Stream.concat(badInput.stream(), Stream.of(type)).toList(), noCommandLine);
    }

    /** This tool of subcommands, telling a command line that names none {@code tool: <message>} (exit 2). */
    public CliTool noCommand(String message) {
        return new CliTool(name, hintUsage, badInput, message);
    }

    /** A command line for {@code command} printing to {@code out} and {@code err} with this tool's help option and error handling. */
    public CommandLine commandLine(Object command, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(command);
        addHelp(cli);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setOverwrittenOptionsAllowed(true);
        String hint = hintUsage ? "(" + String.join(" ", cli.getCommandSpec().usageMessage().customSynopsis()).strip() + ")" : "(see --help)";
        cli.setParameterExceptionHandler((e, args) -> {
            boolean none = noCommandLine != null && MISSING_SUBCOMMAND.equals(e.getMessage());
            err.println(name + ": " + (none ? noCommandLine : e.getCause() instanceof BadInputException b ? b.getMessage() : what(e) + " " + hint));
            return Exit.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            err.println(name + ": " + ErrorLine.of(e));
            return badInput.stream().anyMatch(t -> t.isInstance(e)) ? Exit.BAD_INPUT : Exit.FAILED;
        });
        return cli;
    }

    /** Gives {@code cli} and each of its subcommands, to any depth, the option {@code -h/--help}. */
    private static void addHelp(CommandLine cli) {
        cli.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
        cli.getSubcommands().values().forEach(CliTool::addHelp);
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
