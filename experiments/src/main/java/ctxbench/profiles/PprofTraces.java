package ctxbench.profiles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code go tool pprof -traces BINARY PROFILE} into {@link Stacks}: the Go side
 * of the profiles. pprof prints a header ({@code File:}, {@code Type:}, {@code Time:}, ...), then
 * every sample between separator lines {@code -----------+-----...}: optional label lines
 * ({@code      bytes:  1.06MB}, the sampled block size of a memory profile, ignored), a line with
 * the value and the leaf frame ({@code       20ms   runtime.nanotime (inline)}), then one line per
 * caller. Frames are returned root first, without pprof's {@code (inline)} and
 * {@code (partial-inline)} marks; values become whole nanoseconds ({@code Type: cpu}) or bytes
 * ({@code Type: alloc_space}, from {@code -sample_index=alloc_space}). pprof prints values
 * rounded to two decimals ({@code 930.82kB}), so a memory weight is exact only to that precision.
 * Cost: linear in the text.
 */
public final class PprofTraces {
    private static final String SEPARATOR = "-----------+";
    /** A label line of a sample: pprof prints {@code %10s:  %s}. */
    private static final Pattern LABEL = Pattern.compile("\\s*[A-Za-z_][\\w.-]*:  .*");
    /** A value as pprof's measurement.ScaledLabel prints it: a number with two decimals at most, then the unit. */
    private static final Pattern VALUE = Pattern.compile("(\\d+(?:\\.\\d+)?)(\\S*)");
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** What the values of a profile type measure: the units pprof prints, each with its factor to the weight's unit. */
    private enum Measure {
        /** {@code Type: cpu}: pprof's time units (measurement.go) and the micro signs, to nanoseconds. */
        TIME("cpu", "a time (ns, us, ms, s, hrs)", Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
                "ms", 1_000_000L, "s", 1_000_000_000L, "hrs", 3_600_000_000_000L)),
        /** {@code Type: alloc_space}: pprof's byte units, binary multiples as measurement.go scales them, to bytes. */
        SIZE("alloc", "a size (B, kB, MB, GB, TB, PB)", Map.of("B", 1L, "kB", 1L << 10, "MB", 1L << 20,
                "GB", 1L << 30, "TB", 1L << 40, "PB", 1L << 50));

        final String kind;
        final String expected;
        final Map<String, Long> units;

        Measure(String kind, String expected, Map<String, Long> units) {
            this.kind = kind;
            this.expected = expected;
            this.units = units;
        }
    }

    private PprofTraces() {
    }

    /**
     * A Go profile read back from pprof.
     *
     * @param kind   {@code cpu} (weights in nanoseconds) or {@code alloc} (weights in bytes): the
     *               {@code profile} of {@link CategoryShare} and {@link Categories}
     * @param stacks the samples, frames root first
     */
    public record Profile(String kind, Stacks stacks) {
    }

    /**
     * Parses pprof's {@code -traces} text. {@code source} names the file in messages.
     *
     * @throws ProfileFormatException ({@code source:line: what}) when there is no separator line,
     *         no {@code Type:} line, a type other than {@code cpu} or {@code alloc_space}, a value
     *         that is not a number with a unit of the type, a sample without a frame, or text after
     *         the last separator
     */
    public static Profile parse(String text, String source) throws ProfileFormatException {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && !isSeparator(lines[first])) {
            first++;
        }
        if (first == lines.length) {
            throw new ProfileFormatException(source + ":1: no separator line '" + SEPARATOR
                    + "---...': not the output of go tool pprof -traces");
        }
        Measure measure = measure(lines, first, source);
        Stacks.Builder stacks = Stacks.builder();
        int start = first + 1;
        for (int i = start; i < lines.length; i++) {
            if (isSeparator(lines[i])) {
                addSample(lines, start, i, measure, source, stacks);
                start = i + 1;
            }
        }
        for (int i = start; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                throw new ProfileFormatException(source + ":" + (i + 1)
                        + ": text after the last separator line (a truncated file?)");
            }
        }
        return new Profile(measure.kind, stacks.build());
    }

    /** The measure the {@code Type:} line among the header's lines {@code [0, end)} names. */
    private static Measure measure(String[] lines, int end, String source) throws ProfileFormatException {
        for (int i = 0; i < end; i++) {
            String line = lines[i].strip();
            if (line.startsWith("Type:")) {
                String type = line.substring("Type:".length()).strip();
                return switch (type) {
                    case "cpu" -> Measure.TIME;
                    case "alloc_space" -> Measure.SIZE;
                    default -> throw new ProfileFormatException(source + ":" + (i + 1) + ": profile type '" + type
                            + "' is not cpu or alloc_space (pprof -sample_index=alloc_space for a memory profile)");
                };
            }
        }
        throw new ProfileFormatException(source + ":" + (end + 1) + ": no 'Type:' line before the first sample");
    }

    private static boolean isSeparator(String line) {
        return line.startsWith(SEPARATOR);
    }

    /** Adds the sample on lines {@code [from, to)}; line {@code to} is the separator that closes it. */
    private static void addSample(String[] lines, int from, int to, Measure measure, String source,
                                  Stacks.Builder stacks) throws ProfileFormatException {
        int i = from;
        while (i < to && (lines[i].isBlank() || LABEL.matcher(lines[i]).matches())) {
            i++;
        }
        if (i == to) {
            throw new ProfileFormatException(source + ":" + (to + 1) + ": sample has no frame");
        }
        String[] valueAndLeaf = lines[i].strip().split("\\s+", 2);
        if (valueAndLeaf.length < 2) {
            throw new ProfileFormatException(source + ":" + (i + 1) + ": sample has no frame");
        }
        long weight = weight(valueAndLeaf[0], measure, source, i + 1);
        List<String> frames = new ArrayList<>();
        frames.add(frameName(valueAndLeaf[1]));
        for (int k = i + 1; k < to; k++) {
            if (!lines[k].isBlank()) {
                frames.add(frameName(lines[k]));
            }
        }
        Collections.reverse(frames);
        stacks.add(frames, weight);
    }

    /** The frame without surrounding blanks and pprof's inlining mark. */
    private static String frameName(String text) {
        String name = text.strip();
        for (String mark : List.of(" (inline)", " (partial-inline)")) {
            if (name.endsWith(mark)) {
                return name.substring(0, name.length() - mark.length());
            }
        }
        return name;
    }

    /** {@code 20ms} → 20000000, {@code 930.82kB} → 953160 (rounded half up), {@code 0} → 0. */
    private static long weight(String value, Measure measure, String source, int line)
            throws ProfileFormatException {
        if (value.equals("0")) {
            return 0; // pprof prints a zero without a unit
        }
        Matcher m = VALUE.matcher(value);
        Long factor = m.matches() ? measure.units.get(m.group(2)) : null;
        if (factor != null) {
            BigDecimal weight = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor))
                    .setScale(0, RoundingMode.HALF_UP);
            if (weight.compareTo(LONG_MAX) <= 0) {
                return weight.longValue();
            }
        }
        throw new ProfileFormatException(source + ":" + line + ": value '" + value + "' is not " + measure.expected);
    }
}
