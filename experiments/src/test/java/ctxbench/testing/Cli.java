package ctxbench.testing;

import ctxbench.cli.CliTool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a tool ({@link CliTool.Entry}: a tool class's {@code TOOL}) in-process and keeps what it printed. */
public record Cli(int status, String out, String err) {

    /** Runs {@code tool} with {@code args}. */
    public static Cli run(CliTool.Entry tool, Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) strings[i] = args[i].toString();
        int status = tool.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The values of the named value {@code key} ({@code key=value} lines of the output), in order. */
    public List<String> values(String key) {
        return out.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).toList();
    }

    /** The one value of {@code key}; fails when the output has none or several. */
    public String value(String key) {
        List<String> v = values(key);
        if (v.size() != 1) throw new AssertionError("one " + key + "= expected in: " + out);
        return v.getFirst();
    }
}
