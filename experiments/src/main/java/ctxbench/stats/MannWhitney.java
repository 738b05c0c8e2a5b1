package ctxbench.stats;

import java.util.Arrays;

/**
 * The two-sided Mann-Whitney U test (Wilcoxon rank-sum test) of whether two samples come from
 * distributions with the same location, as benchstat uses it.
 *
 * <p>Method. The pooled values are ranked, tied values sharing their mean rank (midrank). Up to
 * {@value #EXACT_MAX_N} pooled values the p-value is exact, with or without ties: it is the
 * permutation (conditional) test, which takes the observed midranks as given and counts, over all
 * {@code C(N, n1)} ways to split them into samples of sizes n1 and n2, how many give a rank sum W
 * at least as far from its mean {@code E[W] = n1·(N+1)/2} as the observed one:
 * {@code p = P(|W - E[W]| ≥ |w - E[W]|)} (the two-sided p of the exact Wilcoxon test in
 * Hothorn, Hornik, van de Wiel &amp; Zeileis' R package {@code coin}; the counting is the shift
 * algorithm of Streitberg &amp; Röhmel, 1986, as a subset-sum dynamic program). Without ties this is
 * the classical exact test, {@code 2·P(U ≤ min(u, n1·n2 - u))} as R's {@code wilcox.test} computes
 * it, since the distribution is then symmetric. Beyond {@value #EXACT_MAX_N} values it uses the
 * normal approximation with {@code mean n1·n2/2}, the tie-corrected variance
 * {@code n1·n2/12 · ((N+1) - Σ(t³-t)/(N(N-1)))} and a continuity correction of ½ towards the mean
 * (p capped at 1; p = 1 when every value is equal), where the exact test's distribution is close to
 * normal anyway.
 *
 * <p>Cost: sorting, {@code O(N log N)}; the exact count, with m = min(n1, n2), fewer than
 * {@code N · m · (2m(N-m) + 1)} additions of doubles on {@code (m+1) · (2m(N-m) + 1)} doubles of
 * memory (rank sums are counted doubled, so that midranks are integers; row k of the count spans
 * the {@code 2k(N-k) + 1} possible sums of k values). For N = 200 split 100/100 that is 5·10⁷
 * additions (about 50 ms once the JIT has compiled the loop) and 11 MB, which sets
 * {@value #EXACT_MAX_N}; compare's samples (JMH's forks × iterations, Go's {@code -count}) are tens
 * of values. The counts are sums of positive doubles, so p is accurate to about 1e-12 relative.
 *
 * @param u      U of the first sample: the number of pairs (x, y) with x &gt; y, ties counting ½
 *               (R's {@code W})
 * @param p      the two-sided p-value
 * @param exact  whether p is exact (else the normal approximation)
 * @param n1     size of the first sample
 * @param n2     size of the second sample
 */
public record MannWhitney(double u, double p, boolean exact, int n1, int n2) {
    /** The exact distribution is used when the two samples together have at most this many values. */
    public static final int EXACT_MAX_N = 200;

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
        double u = ranks.doubledSumFirst() / 2.0 - n1 * (n1 + 1) / 2.0;
        if (n1 + n2 <= EXACT_MAX_N) {
            return new MannWhitney(u, exactP(ranks.doubledRanks(), n1, ranks.doubledSumFirst()), true, n1, n2);
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

    /**
     * The exact two-sided p of the permutation test, {@code P(|W - E[W]| ≥ |w - E[W]|)}, compared
     * in doubled rank sums so that the test is on integers. The smaller sample's rank sum is counted
     * (cheaper); its distance from its mean is the same as the other sample's, as the two sums
     * add up to the constant {@code N(N+1)/2}.
     *
     * @param doubledRanks     twice the midrank of every pooled value, in ascending order
     * @param n1               size of the first sample
     * @param doubledSumFirst  twice the first sample's observed rank sum
     */
    static double exactP(int[] doubledRanks, int n1, long doubledSumFirst) {
        int n = doubledRanks.length;
        int m = Math.min(n1, n - n1);
        long doubledSum = m == n1 ? doubledSumFirst : (long) n * (n + 1) - doubledSumFirst;
        long doubledMean = (long) m * (n + 1); // the doubled midranks always add up to N(N+1)
        long observedDistance = Math.abs(doubledSum - doubledMean);
        RankSumCounts counts = RankSumCounts.of(doubledRanks, m);
        double total = 0;
        double tail = 0;
        for (int i = 0; i < counts.ways().length; i++) {
            total += counts.ways()[i];
            if (Math.abs(counts.lowest() + i - doubledMean) >= observedDistance) tail += counts.ways()[i];
        }
        return Math.min(1, tail / total);
    }

    /**
     * How many of the {@code C(N, size)} subsets of {@code size} pooled values have each doubled
     * rank sum: {@code ways[i]} counts the subsets whose doubled rank sum is {@code lowest + i}.
     *
     * @param lowest the smallest doubled rank sum of {@code size} values (that of the smallest ones)
     * @param ways   the counts, by doubled rank sum above {@code lowest}
     */
    record RankSumCounts(long lowest, double[] ways) {
        /**
         * Counts the subsets by a dynamic program over the pooled values in ascending order:
         * {@code ways[k]} holds, for the values seen so far, the number of their k-subsets by
         * doubled rank sum above that of the k smallest values; adding value i (doubled rank r)
         * to a (k-1)-subset shifts it by {@code r - doubledRanks[k-1] ≥ 0} within row k. Rows that
         * can no longer reach {@code size} values are not updated.
         *
         * @param doubledRanks twice the midrank of every pooled value, in ascending order
         * @param size         the subset size, 0 ≤ size ≤ N
         */
        static RankSumCounts of(int[] doubledRanks, int size) {
            int n = doubledRanks.length;
            long[] prefix = new long[n + 1]; // prefix[t]: sum of the t smallest doubled ranks
            for (int t = 0; t < n; t++) prefix[t + 1] = prefix[t] + doubledRanks[t];
            double[][] ways = new double[size + 1][];
            for (int k = 0; k <= size; k++) {
                long highest = prefix[n] - prefix[n - k];
                ways[k] = new double[Math.toIntExact(highest - prefix[k] + 1)];
            }
            ways[0][0] = 1;
            for (int i = 0; i < n; i++) {
                int r = doubledRanks[i];
                for (int k = Math.min(i + 1, size); k >= Math.max(1, size - (n - 1 - i)); k--) {
                    int shift = r - doubledRanks[k - 1];
                    // the (k-1)-subsets of values 0..i-1 reach at most the sum of values i-k+1..i-1
                    int reach = Math.toIntExact(prefix[i] - prefix[i - k + 1] - prefix[k - 1]);
                    double[] from = ways[k - 1];
                    double[] to = ways[k];
                    for (int j = reach; j >= 0; j--) to[j + shift] += from[j];
                }
            }
            return new RankSumCounts(prefix[size], ways[size]);
        }
    }

    private static double normalP(double u, int n1, int n2, double tieTerm) {
        double n = n1 + n2;
        double variance = n1 * (double) n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
        if (variance <= 0) return 1;
        double z = Math.max(0, Math.abs(u - n1 * (double) n2 / 2) - 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * Distributions.normalSurvival(z));
    }

    /**
     * Midranks of the pooled samples, doubled so that they are integers.
     *
     * @param doubledRanks    twice the midrank of every pooled value, in ascending order
     * @param doubledSumFirst twice the first sample's rank sum
     * @param tieTerm         Σ(t³-t) over the groups of t tied values (0 without ties)
     */
    private record Ranks(int[] doubledRanks, long doubledSumFirst, double tieTerm) {
        /** Ranks the pooled {@code x} and {@code y}, giving tied values their mean rank. */
        static Ranks of(double[] x, double[] y) {
            int n = x.length + y.length;
            double[][] pooled = new double[n][];
            for (int i = 0; i < x.length; i++) pooled[i] = new double[] {check(x[i]), 0};
            for (int j = 0; j < y.length; j++) pooled[x.length + j] = new double[] {check(y[j]), 1};
            Arrays.sort(pooled, (a, b) -> Double.compare(a[0], b[0]));
            int[] doubledRanks = new int[n];
            long doubledSumFirst = 0;
            double tieTerm = 0;
            for (int i = 0; i < n; ) {
                int j = i;
                while (j + 1 < n && pooled[j + 1][0] == pooled[i][0]) j++;
                double t = j - i + 1;
                int doubledMidrank = i + j + 2; // 2 · ((i+1) + (j+1)) / 2
                for (int k = i; k <= j; k++) {
                    doubledRanks[k] = doubledMidrank;
                    if (pooled[k][1] == 0) doubledSumFirst += doubledMidrank;
                }
                tieTerm += t * t * t - t;
                i = j + 1;
            }
            return new Ranks(doubledRanks, doubledSumFirst, tieTerm);
        }

        private static double check(double v) {
            if (Double.isNaN(v)) throw new IllegalArgumentException("NaN value");
            return v;
        }
    }
}
