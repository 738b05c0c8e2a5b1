package ctxbench.results;

/**
 * What identifies one measured series across the result files: source, suite, benchmark,
 * canonical params and metric. Result rows and their samples share it; compare matches on it.
 */
public record SeriesKey(String source, String suite, String benchmark, String params, String metric)
        implements Comparable<SeriesKey> {

    /** This key with another source, for putting Java and Go rows side by side. */
    public SeriesKey withSource(String otherSource) {
        return new SeriesKey(otherSource, suite, benchmark, params, metric);
    }

    /** This key with other canonical params. */
    public SeriesKey withParams(String otherParams) {
        return new SeriesKey(source, suite, benchmark, otherParams, metric);
    }

    /** Orders by source, suite, benchmark, params, metric (the order of the columns). */
    @Override
    public int compareTo(SeriesKey o) {
        int c = source.compareTo(o.source);
        if (c == 0) c = suite.compareTo(o.suite);
        if (c == 0) c = benchmark.compareTo(o.benchmark);
        if (c == 0) c = params.compareTo(o.params);
        if (c == 0) c = metric.compareTo(o.metric);
        return c;
    }

    /** {@code suite/benchmark params metric}, for messages and tables. */
    public String label() {
        return benchmark + (params.isEmpty() ? "" : " " + params) + " " + metric;
    }
}
