package ctxbench.results;

/**
 * One row of {@code samples.csv}: one raw measured value (a JMH measurement iteration or one
 * Go {@code -count} run) behind a {@link ResultRow}.
 *
 * @param fork      the fork, numbered from 1 (Go: always 1)
 * @param iteration the measurement iteration in its fork, numbered from 1 (Go: the run number)
 * @param value     the measured value in {@code unit}
 */
public record SampleRow(String source, String suite, String benchmark, String params, String metric,
                        String unit, int fork, int iteration, double value) {

    /** The identity of the series this sample belongs to (matches {@link ResultRow#key()}). */
    public SeriesKey key() {
        return new SeriesKey(source, suite, benchmark, params, metric);
    }
}
