package ctxbench.results;

import ctxbench.stats.Distributions;

/**
 * The two numbers a {@link ResultRow} holds, computed from raw samples the way JMH computes
 * {@code score} and {@code scoreError}: the mean, and the half-width of the 99.9% Student-t
 * confidence interval of the mean. Used for rows JMH did not summarize (Go, load experiments).
 */
public final class Summary {
    /** JMH's confidence level for {@code scoreError}. */
    public static final double CONFIDENCE = 0.999;

    private Summary() {
    }

    /** The arithmetic mean; NaN for no values. */
    public static double mean(double[] v) {
        if (v.length == 0) return Double.NaN;
        double sum = 0;
        for (double x : v) sum += x;
        return sum / v.length;
    }

    /**
     * The half-width of the 99.9% confidence interval of the mean:
     * {@code t(0.9995, n-1) * s / sqrt(n)} with the sample standard deviation {@code s}.
     * NaN for n &lt; 2. (JMH itself also gives NaN for n = 2, where the interval is finite but,
     * with t = 636.6, useless; this method computes it.)
     */
    public static double error999(double[] v) {
        int n = v.length;
        if (n < 2) return Double.NaN;
        double m = mean(v);
        double ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        double sd = Math.sqrt(ss / (n - 1));
        return Distributions.studentTQuantile(1 - (1 - CONFIDENCE) / 2, n - 1) * sd / Math.sqrt(n);
    }
}
