package ctxbench.results;

/**
 * What identifies one measured series across the result files: source, suite, benchmark,
 * canonical params and metric. Result rows and their samples share it; compare matches on it.
 */
public record SeriesKey(String source, String suite, String benchmark, String params, String metric) {

    /** This key with another source, for putting Java and Go rows side by side. */
    public SeriesKey withSource(String otherSource) {
        return new SeriesKey(otherSource, suite, benchmark, params, metric);
    }

    /** This key with other canonical params. */
    public SeriesKey withParams(String otherParams) {
        return new SeriesKey(source, suite, benchmark, otherParams, metric);
    }

    /** {@code Class.method params metric} (params left out when empty), for messages and tables. */
    public String label() {
        return benchmark + (params.isEmpty() ? "" : " " + params) + " " + metric;
    }
}
