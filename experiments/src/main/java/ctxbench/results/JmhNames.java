package ctxbench.results;

import java.util.Map;

/**
 * Maps JMH's fully qualified benchmark names to the result schema's suite and {@code Class.method}:
 * {@code ctxbench.bench.seed.SeedRequest.fastPath} → suite {@code seed}, benchmark
 * {@code SeedRequest.fastPath}. Outside {@code ctxbench.bench.} the suite is the last package segment.
 */
record JmhNames(String suite, String benchmark) {
    private static final String ROOT = "ctxbench.bench.";

    /** The prefix older JMH versions put on secondary metric names ({@code ·gc.alloc.rate.norm}). */
    static final String SECONDARY_PREFIX = "\u00b7";
    /** JMH's name for allocation per operation ({@code -prof gc}). */
    static final String ALLOC_NORM = "gc.alloc.rate.norm";
    /**
     * The secondary metrics kept in {@code results.csv}, JMH's name → the result metric: allocation
     * per op ({@code -prof gc}) and OS context switches per op
     * ({@code -prof ctxbench.bench.prof.ContextSwitchProfiler}).
     */
    static final Map<String, String> SECONDARY_METRICS = Map.of(
            ALLOC_NORM, "alloc",
            "ctxsw.voluntary", "ctxsw_voluntary",
            "ctxsw.involuntary", "ctxsw_involuntary");

    /**
     * Splits a JMH benchmark name.
     *
     * @throws IllegalArgumentException when the name is not {@code package.Class.method}
     */
    static JmhNames of(String fullName) {
        String[] parts = fullName.split("\\.", -1);
        if (parts.length < 3) {
            throw new IllegalArgumentException("benchmark '" + fullName + "' is not package.Class.method");
        }
        for (String p : parts) {
            if (p.isEmpty()) throw new IllegalArgumentException("benchmark '" + fullName + "' is not package.Class.method");
        }
        String benchmark = parts[parts.length - 2] + "." + parts[parts.length - 1];
        String suite = fullName.startsWith(ROOT) ? parts[2] : parts[parts.length - 3];
        return new JmhNames(suite, benchmark);
    }

    /**
     * The result metric of a JMH secondary metric name, with or without the old {@code ·} prefix
     * ({@link #SECONDARY_METRICS}), or null for one that {@code results.csv} leaves out.
     */
    static String secondaryMetric(String secondaryName) {
        String name = secondaryName.startsWith(SECONDARY_PREFIX) ? secondaryName.substring(1) : secondaryName;
        return SECONDARY_METRICS.get(name);
    }
}
