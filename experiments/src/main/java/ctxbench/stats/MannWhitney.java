package ctxbench.stats;

import java.util.Arrays;

/**
 * The two-sided Mann-Whitney U test (Wilcoxon rank-sum test) of whether two samples come from
 * distributions with the same location, as benchstat uses it.
 *
 * <p>Method, following R's {@code wilcox.test}: when there are no ties and both samples have fewer
 * than {@value #EXACT_BELOW} values, the p-value is exact, from the distribution of U counted over
 * all {@code C(n1+n2, n1)} rank assignments; otherwise it uses the normal approximation with
 * {@code mean n1·n2/2}, the tie-corrected variance
 * {@code n1·n2/12 · ((N+1) - Σ(t³-t)/(N(N-1)))} and a continuity correction of ½ towards the mean
 * (p capped at 1; p = 1 when every value is equal).
 *
 * @param u      U of the first sample: the number of pairs (x, y) with x &gt; y, ties counting ½
 *               (R's {@code W})
 * @param p      the two-sided p-value
 * @param exact  whether p is exact (else the normal approximation)
 * @param n1     size of the first sample
 * @param n2     size of the second sample
 */
public record MannWhitney(double u, double p, boolean exact, int n1, int n2) {
    /** The exact distribution is used when both samples are smaller than this and there are no ties. */
    public static final int EXACT_BELOW = 50;

    /**
     * Tests {@code x} against {@code y}.
     *
     * @throws IllegalArgumentException when a sample is empty or holds NaN
     */
    public static MannWhitney test(double[] x, double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        if (n1 == 0 || n2 == 0) throw new IllegalArgumentException("empty sample");
        Ranks ranks = Ranks.of(x, y);
        double u = ranks.sumFirst() - n1 * (n1 + 1) / 2.0;
        if (!ranks.ties() && n1 < EXACT_BELOW && n2 < EXACT_BELOW) {
            return new MannWhitney(u, exactP(u, n1, n2), true, n1, n2);
        }
        return new MannWhitney(u, normalP(u, n1, n2, ranks.tieTerm()), false, n1, n2);
    }

    /**
     * The smallest two-sided p-value any outcome can give for these sizes without ties,
     * {@code min(1, 2 / C(n1+n2, n1))}: if it exceeds α, no difference can be detected.
     */
    public static double minimumP(int n1, int n2) {
        return Math.min(1, 2 * Math.exp(Distributions.logGamma(n1 + 1) + Distributions.logGamma(n2 + 1)
                - Distributions.logGamma(n1 + n2 + 1)));
    }

    /** Two-sided exact p: {@code 2·P(U ≤ min(u, n1·n2 - u))}, capped at 1. */
    static double exactP(double u, int n1, int n2) {
        double[] counts = uCounts(n1, n2);
        double total = 0;
        for (double c : counts) total += c;
        double lower = Math.min(u, (double) n1 * n2 - u);
        double tail = 0;
        for (int k = 0; k <= (int) Math.floor(lower); k++) tail += counts[k];
        return Math.min(1, 2 * tail / total);
    }

    /**
     * How many of the {@code C(n1+n2, n1)} ways to give n1 of the ranks 1..N to the first sample
     * yield each U = 0..n1·n2 (counted as subsets by size and rank sum).
     */
    static double[] uCounts(int n1, int n2) {
        int n = n1 + n2;
        int maxU = n1 * n2;
        // ways[k][s]: subsets of size k of the ranks seen so far whose rank sum, minus k(k+1)/2, is s.
        double[][] ways = new double[n1 + 1][maxU + 1];
        ways[0][0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int k = Math.min(rank, n1); k >= 1; k--) {
                int shift = rank - k; // adding this rank as the k-th smallest adds rank - k to U
                for (int s = maxU; s >= shift; s--) ways[k][s] += ways[k - 1][s - shift];
            }
        }
        return ways[n1];
    }

    private static double normalP(double u, int n1, int n2, double tieTerm) {
        double n = n1 + n2;
        double variance = n1 * (double) n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
        if (variance <= 0) return 1;
        double z = Math.max(0, Math.abs(u - n1 * (double) n2 / 2) - 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * Distributions.normalSurvival(z));
    }

    /** Mid-ranks of the pooled samples: the first sample's rank sum, whether ties exist, Σ(t³-t). */
    private record Ranks(double sumFirst, boolean ties, double tieTerm) {
        /** Ranks the pooled {@code x} and {@code y}, giving tied values their mean rank. */
        static Ranks of(double[] x, double[] y) {
            int n = x.length + y.length;
            double[][] pooled = new double[n][];
            for (int i = 0; i < x.length; i++) pooled[i] = new double[] {check(x[i]), 0};
            for (int j = 0; j < y.length; j++) pooled[x.length + j] = new double[] {check(y[j]), 1};
            Arrays.sort(pooled, (a, b) -> Double.compare(a[0], b[0]));
            double sumFirst = 0;
            double tieTerm = 0;
            for (int i = 0; i < n; ) {
                int j = i;
                while (j + 1 < n && pooled[j + 1][0] == pooled[i][0]) j++;
                double t = j - i + 1;
                double midRank = (i + j) / 2.0 + 1;
                for (int k = i; k <= j; k++) if (pooled[k][1] == 0) sumFirst += midRank;
                tieTerm += t * t * t - t;
                i = j + 1;
            }
            return new Ranks(sumFirst, tieTerm > 0, tieTerm);
        }

        private static double check(double v) {
            if (Double.isNaN(v)) throw new IllegalArgumentException("NaN value");
            return v;
        }
    }
}
