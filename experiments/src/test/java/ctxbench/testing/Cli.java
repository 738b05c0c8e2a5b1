package ctxbench.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a CLI's {@code run(args, out, err)} in-process and keeps what it printed. */
public record Cli(int status, String out, String err) {

    /** The CLI entry point under test. */
    public interface Main {
        /** {@code static int run(String[] args, PrintStream out, PrintStream err)}. */
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** Runs {@code main} with {@code args}. */
    public static Cli run(Main main, Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) strings[i] = args[i].toString();
        int status = main.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
