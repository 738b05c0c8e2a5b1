package ctxbench.load;

import ctxbench.cli.BadInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed readers of {@link LoadCli}'s option values, as picocli hands them over (the text, or
 * {@code null} when the option was not given, which yields the fallback), whose errors are the
 * one-line messages {@code load.sh} shows ({@link BadInputException}). {@code option} is the
 * option's name as typed, {@code --rate}.
 */
final class CliOptions {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

    private CliOptions() {
    }

    /** A number &gt; 0 (a rate). */
    static double positive(String option, String text, double fallback) throws BadInputException {
        if (text == null) return fallback;
        double v = number(option, text);
        if (!(v > 0)) throw new BadInputException(option + " must be greater than 0, not '" + text + "'");
        return v;
    }

    /** A share within 0..1. */
    static double share(String option, String text, double fallback) throws BadInputException {
        if (text == null) return fallback;
        double v = number(option, text);
        if (!(v >= 0 && v <= 1)) throw new BadInputException(option + " must be within 0..1, not '" + text + "'");
        return v;
    }

    /** A whole number ≥ {@code min}. */
    static int whole(String option, String text, int fallback, int min) throws BadInputException {
        if (text == null) return fallback;
        try {
            int v = Integer.parseInt(text);
            if (v < min) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " must be a whole number of at least " + min + ", not '" + text + "'");
        }
    }

    /** A duration: {@code 500ms}, {@code 3s}, {@code 1.5s}, {@code 2m}, or a number of seconds; {@code > 0} unless {@code zeroAllowed}. */
    static Duration duration(String option, String text, Duration fallback, boolean zeroAllowed) throws BadInputException {
        if (text == null) return fallback;
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new BadInputException(option + " must be a duration such as 500ms, 3s or 2m, not '" + text + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            default -> amount * 1000;
        };
        if (millis > Duration.ofDays(1).toMillis()) throw new BadInputException(option + " " + text + " is longer than a day");
        Duration d = Duration.ofNanos(Math.round(millis * 1e6));
        if (d.isZero() && !zeroAllowed) throw new BadInputException(option + " must be longer than 0");
        return d;
    }

    /** A comma-separated list of names, each one of {@code known}, in the order given, without repeats. */
    static List<String> names(String option, String text, List<String> fallback, List<String> known) throws BadInputException {
        if (text == null) return fallback;
        List<String> out = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String n = item.trim();
            if (!known.contains(n)) {
                throw new BadInputException(option + ": unknown '" + n + "' (known: " + String.join(", ", known) + ")");
            }
            if (!out.contains(n)) out.add(n);
        }
        return out;
    }

    /** Exactly one of {@code known}. */
    static String single(String option, String text, List<String> known) throws BadInputException {
        List<String> names = names(option, text, List.of(), known);
        if (names.size() != 1) {
            throw new BadInputException(option + " takes one of " + String.join(", ", known));
        }
        return names.getFirst();
    }

    /** A duration as the plan writes it: whole milliseconds, {@code 3000ms}. */
    static String format(Duration d) {
        return String.format(Locale.ROOT, "%dms", d.toMillis());
    }

    private static double number(String option, String text) throws BadInputException {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v) || !text.matches("[0-9.eE+-]+")) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " must be a number, not '" + text + "'");
        }
    }
}
