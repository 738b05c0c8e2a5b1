package ctxbench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --name value} options of one {@link LoadCli} command, checked against the names the
 * command takes, with typed readers whose errors are the one-line messages {@code load.sh} shows
 * ({@link UsageException}). A later occurrence of an option replaces an earlier one.
 */
final class CliOptions {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

    private final Map<String, String> values;

    private CliOptions(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses {@code args} (from {@code from} on) as {@code --name value} pairs; an option followed
     * by another option name or by nothing lacks its value.
     *
     * @param known the option names (without {@code --}) the command takes
     */
    static CliOptions parse(String[] args, int from, Set<String> known) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !known.contains(a.substring(2))) {
                throw new UsageException("unknown option '" + a + "'");
            }
            if (i + 1 >= args.length || isOption(args[i + 1], known)) {
                throw new UsageException(a + " needs a value");
            }
            values.put(a.substring(2), args[++i]);
        }
        return new CliOptions(values);
    }

    /** Whether {@code word} is one of the option names (a value may otherwise start with {@code --}, e.g. {@code --args}). */
    private static boolean isOption(String word, Set<String> known) {
        return word.startsWith("--") && known.contains(word.substring(2));
    }

    /** Whether the option was given. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option's text, or {@code fallback}. */
    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The option's text; it must be given. */
    String required(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("--" + name + " is required");
        }
        return v;
    }

    /** A number &gt; 0 (a rate). */
    double positive(String name, double fallback) throws UsageException {
        if (!has(name)) return fallback;
        double v = number(name);
        if (!(v > 0)) throw new UsageException("--" + name + " must be greater than 0, not '" + values.get(name) + "'");
        return v;
    }

    /** A share within 0..1. */
    double share(String name, double fallback) throws UsageException {
        if (!has(name)) return fallback;
        double v = number(name);
        if (!(v >= 0 && v <= 1)) throw new UsageException("--" + name + " must be within 0..1, not '" + values.get(name) + "'");
        return v;
    }

    /** A whole number ≥ {@code min}. */
    int whole(String name, int fallback, int min) throws UsageException {
        if (!has(name)) return fallback;
        String text = values.get(name);
        try {
            int v = Integer.parseInt(text);
            if (v < min) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number of at least " + min + ", not '" + text + "'");
        }
    }

    /** A duration: {@code 500ms}, {@code 3s}, {@code 1.5s}, {@code 2m}, or a number of seconds; {@code > 0} unless {@code zeroAllowed}. */
    Duration duration(String name, Duration fallback, boolean zeroAllowed) throws UsageException {
        if (!has(name)) return fallback;
        String text = values.get(name);
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new UsageException("--" + name + " must be a duration such as 500ms, 3s or 2m, not '" + text + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            default -> amount * 1000;
        };
        if (millis > Duration.ofDays(1).toMillis()) throw new UsageException("--" + name + " " + text + " is longer than a day");
        Duration d = Duration.ofNanos(Math.round(millis * 1e6));
        if (d.isZero() && !zeroAllowed) throw new UsageException("--" + name + " must be longer than 0");
        return d;
    }

    /** A comma-separated list of names, each one of {@code known}, in the order given, without repeats. */
    List<String> names(String name, List<String> fallback, List<String> known) throws UsageException {
        if (!has(name)) return fallback;
        List<String> out = new ArrayList<>();
        for (String item : values.get(name).split(",", -1)) {
            String n = item.trim();
            if (!known.contains(n)) {
                throw new UsageException("--" + name + ": unknown '" + n + "' (known: " + String.join(", ", known) + ")");
            }
            if (!out.contains(n)) out.add(n);
        }
        return out;
    }

    /** A duration as the plan writes it: whole milliseconds, {@code 3000ms}. */
    static String format(Duration d) {
        return String.format(Locale.ROOT, "%dms", d.toMillis());
    }

    private double number(String name) throws UsageException {
        String text = values.get(name);
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v) || !text.matches("[0-9.eE+-]+")) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + text + "'");
        }
    }
}
