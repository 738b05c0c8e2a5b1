package ctxbench.results;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as text in result files: written in plain decimal notation with {@code .} (the shortest
 * text that reads back as the same double, no exponent), read strictly, or leniently for JMH's own
 * locale-formatted CSV.
 */
public final class DecimalText {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private DecimalText() {
    }

    /** {@code 12.5}, {@code 3}, {@code 0.000125}: plain notation, no trailing zeros; {@code NaN} as text. */
    public static String format(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == 0) return "0";
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /**
     * Parses a decimal number with {@code .} as decimal point and an optional exponent.
     *
     * @throws NumberFormatException for anything else (including {@code NaN}, hex and empty text)
     */
    public static double parse(String text) {
        String t = text.trim();
        if (!DECIMAL.matcher(t).matches()) throw new NumberFormatException("'" + text + "' is not a number");
        return Double.parseDouble(t);
    }

    /**
     * Parses a number as JMH's CSV writes it with {@code %f} in the JVM's default locale:
     * {@code 1234.5}, {@code 1234,5} (decimal comma), {@code 1.234,5} / {@code 1,234.5} (the last
     * separator is the decimal one), {@code NaN}.
     *
     * @throws NumberFormatException when the text is not such a number
     */
    public static double parseLenient(String text) {
        String t = text.trim().replace("\u00a0", "").replace("\u202f", "").replace("'", "");
        if (t.equals("NaN") || t.equals("\uFFFD")) return Double.NaN;
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma > dot) {
            t = t.replace(".", "").replace(',', '.');
        } else if (comma >= 0) {
            t = t.replace(",", "");
        }
        return parse(t);
    }
}
