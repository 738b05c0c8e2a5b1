package ctxbench.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * An example program's standard output: what Go's {@code fmt.Println} would print, one line per
 * call, kept in order so that a test can read it back, and echoed to {@link System#out} when the
 * example runs as a program. Goroutines may print concurrently; each line is atomic, and the
 * order of lines is the order in which the calls happened, as on a Go program's stdout.
 */
public final class Stdout {
    private final boolean echo;
    private final List<String> lines = new ArrayList<>();

    private Stdout(boolean echo) {
        this.echo = echo;
    }

    /** The output of an example run as a program: every line is also printed to {@link System#out}. */
    public static Stdout console() {
        return new Stdout(true);
    }

    /** The output of an example run by a test: lines are only recorded. */
    public static Stdout captured() {
        return new Stdout(false);
    }

    /** Go: {@code fmt.Println(line)}. */
    public synchronized void println(Object line) {
        String text = String.valueOf(line);
        lines.add(text);
        if (echo) {
            System.out.println(text);
        }
    }

    /** Go: {@code fmt.Printf(format, args...)} of a format ending in a newline; Java's format syntax. */
    public void printf(String format, Object... args) {
        println(String.format(format, args));
    }

    /** Every line printed so far, in order. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
