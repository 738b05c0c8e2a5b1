package ctxbench.profiles;

import ctxbench.results.CsvText;
import ctxbench.results.MalformedResultsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of {@code profiles/categories.csv}: a header {@code side,variant,profile,category,weight,share},
 * then one {@link CategoryShare} per line ({@code go,after,cpu,timer,480000000,0.390244}). No
 * field is quoted: {@link #format} refuses a variant that would need quotes. Writing the file is
 * the caller's (atomically); this class only makes and checks the text.
 */
public final class CategoryCsv {
    /** The header line. */
    public static final String HEADER = "side,variant,profile,category,weight,share";

    private static final Set<String> SIDES = Set.of("go", "model");
    private static final Set<String> PROFILES = Set.of("cpu", "alloc");
    /** A weight: at most 18 digits, so that it fits a long. */
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final long MAX_WEIGHT = 999_999_999_999_999_999L;
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private CategoryCsv() {
    }

    /**
     * The file's text: the header and one line per row, in the given order, each ending in
     * {@code \n}; a share has six decimals (Locale.ROOT), a category its {@link Category#id()}.
     *
     * @throws IllegalArgumentException for rows {@link #parse} would reject (an unknown side or
     *         profile, an empty variant or one holding a comma, quote or line break, a weight
     *         below 0 or of more than 18 digits, a share outside [0, 1], two rows for the same side,
     *         variant, profile and category)
     */
    public static String format(List<CategoryShare> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        Set<String> keys = new HashSet<>();
        for (CategoryShare r : rows) {
            if (!SIDES.contains(r.side()) || !PROFILES.contains(r.profile()) || r.variant().isEmpty()
                    || r.variant().matches(".*[,\"\r\n].*") || r.weight() < 0 || r.weight() > MAX_WEIGHT
                    || !(r.share() >= 0 && r.share() <= 1)) {
                throw new IllegalArgumentException("not a categories.csv row: " + r);
            }
            if (!keys.add(key(r))) {
                throw new IllegalArgumentException("a second row for " + key(r));
            }
            out.append(r.side()).append(',').append(r.variant()).append(',').append(r.profile()).append(',')
                    .append(r.category().id()).append(',').append(r.weight()).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", r.share())).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads and checks the file's text (as {@link CsvText} reads CSV: {@code \r\n} line ends and
     * blank lines accepted). {@code source} names the file in messages.
     *
     * @throws ProfileFormatException ({@code source:line: what}) on malformed CSV quoting, a wrong
     *         header, a line without six fields, a side other than go/model, an empty variant, a
     *         profile other than cpu/alloc, an unknown category, a weight that is not a whole number
     *         ≥ 0 of at most 18 digits, a share that is not a decimal number in [0, 1], or a second
     *         row for the same side, variant, profile and category
     */
    public static List<CategoryShare> parse(String text, String source) throws ProfileFormatException {
        List<CsvText.Record> records;
        try {
            records = CsvText.parse(Path.of(source), text, ',');
        } catch (MalformedResultsException e) {
            throw new ProfileFormatException(e.getMessage());
        }
        String header = records.isEmpty() ? "" : String.join(",", records.get(0).fields());
        if (!header.equals(HEADER)) {
            throw new ProfileFormatException(source + ":1: expected the header '" + HEADER + "' but found '"
                    + header + "'");
        }
        List<CategoryShare> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvText.Record record : records.subList(1, records.size())) {
            CategoryShare row = row(record.fields(), source + ":" + record.line() + ": ");
            Integer first = firstLine.putIfAbsent(key(row), record.line());
            if (first != null) {
                throw new ProfileFormatException(source + ":" + record.line() + ": a second row for " + key(row)
                        + " (the first is on line " + first + ")");
            }
            rows.add(row);
        }
        return rows;
    }

    /** What identifies a row: {@code side,variant,profile,category}. */
    private static String key(CategoryShare r) {
        return r.side() + "," + r.variant() + "," + r.profile() + "," + r.category().id();
    }

    /** One line's fields as a row; {@code at} ({@code source:line: }) starts the messages. */
    private static CategoryShare row(List<String> f, String at) throws ProfileFormatException {
        if (f.size() != 6) {
            throw new ProfileFormatException(at + "expected 6 fields but found " + f.size());
        }
        if (!SIDES.contains(f.get(0))) {
            throw new ProfileFormatException(at + "side '" + f.get(0) + "' is not go or model");
        }
        if (f.get(1).isEmpty()) {
            throw new ProfileFormatException(at + "empty variant");
        }
        if (!PROFILES.contains(f.get(2))) {
            throw new ProfileFormatException(at + "profile '" + f.get(2) + "' is not cpu or alloc");
        }
        Category category;
        try {
            category = Category.ofId(f.get(3));
        } catch (IllegalArgumentException e) {
            throw new ProfileFormatException(at + e.getMessage());
        }
        if (!WHOLE.matcher(f.get(4)).matches()) {
            throw new ProfileFormatException(at + "weight '" + f.get(4) + "' is not a whole number ≥ 0 (at most 18 digits)");
        }
        long weight = Long.parseLong(f.get(4));
        double share = DECIMAL.matcher(f.get(5)).matches() ? Double.parseDouble(f.get(5)) : Double.NaN;
        if (!(share <= 1)) {
            throw new ProfileFormatException(at + "share '" + f.get(5) + "' is not a number in [0, 1]");
        }
        return new CategoryShare(f.get(0), f.get(1), f.get(2), category, weight, share);
    }
}
