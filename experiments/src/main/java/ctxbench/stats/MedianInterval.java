package ctxbench.stats;

import java.util.Arrays;

/**
 * The sample median with a distribution-free confidence interval from order statistics, as
 * benchstat reports it: the interval {@code [x(k), x(n+1-k)]} of the sorted sample covers the true
 * median with probability {@code 1 - 2·P(B ≤ k-1)}, B ~ Binomial(n, ½); k is the largest rank whose
 * coverage still reaches the requested confidence. With too few values for any such interval
 * (at 95%: n &lt; 6, since even {@code [min, max]} covers only {@code 1 - 2^(1-n)}) there is no
 * interval and {@code lo}/{@code hi} are NaN.
 *
 * @param median     the sample median (mean of the two middle values for even n)
 * @param lo         lower end of the interval, NaN when there is none
 * @param hi         upper end of the interval, NaN when there is none
 * @param confidence the interval's actual coverage (≥ the requested one), NaN when there is none
 * @param n          the number of values
 */
public record MedianInterval(double median, double lo, double hi, double confidence, int n) {

    /**
     * The median of {@code values} and its interval at {@code confidence} (e.g. 0.95).
     *
     * @throws IllegalArgumentException for no values, a NaN value or a confidence outside (0, 1)
     */
    public static MedianInterval of(double[] values, double confidence) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence " + confidence);
        double[] x = values.clone();
        Arrays.sort(x);
        if (Double.isNaN(x[x.length - 1])) throw new IllegalArgumentException("NaN value");
        int n = x.length;
        double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        int k = lowerRank(n, confidence);
        if (k == 0) return new MedianInterval(median, Double.NaN, Double.NaN, Double.NaN, n);
        return new MedianInterval(median, x[k - 1], x[n - k], coverage(n, k), n);
    }

    /** Whether there were enough values for an interval. */
    public boolean hasInterval() {
        return !Double.isNaN(lo);
    }

    /**
     * The 1-based rank k of the lower end of the widest-needed interval {@code [x(k), x(n+1-k)]}
     * whose coverage reaches {@code confidence}; 0 when even {@code [x(1), x(n)]} falls short.
     */
    public static int lowerRank(int n, double confidence) {
        int best = 0;
        for (int k = 1; k <= (n + 1) / 2 && coverage(n, k) >= confidence; k++) best = k;
        return best;
    }

    /** The smallest number of values that gives an interval at {@code confidence}. */
    public static int minSamples(double confidence) {
        int n = 1;
        while (lowerRank(n, confidence) == 0) n++;
        return n;
    }

    /** Coverage of {@code [x(k), x(n+1-k)]} for the median: {@code 1 - 2·P(Binomial(n, ½) ≤ k-1)}. */
    static double coverage(int n, int k) {
        return 1 - 2 * Distributions.binomialCdf(k - 1, n, 0.5);
    }
}
