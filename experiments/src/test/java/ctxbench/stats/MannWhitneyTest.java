package ctxbench.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the U test against published values, R's documentation and brute-force enumeration, with and without ties. */
class MannWhitneyTest {

    /**
     * R's {@code ?wilcox.test} example (Hollander &amp; Wolfe, permeability constants):
     * {@code wilcox.test(x, y, alternative = "g")} gives {@code W = 35, p-value = 0.1272}, so the
     * two-sided exact p is 0.2544 (0.25441225 by enumerating all 3003 assignments).
     */
    @Test
    void rDocumentationExample() {
        double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};
        MannWhitney r = MannWhitney.test(x, y);
        assertEquals(35, r.u());
        assertTrue(r.exact());
        assertEquals(2 * 0.1272, r.p(), 1e-4);
        assertEquals(0.2544122544122544, r.p(), 1e-12);
    }

    /**
     * Two-tailed α = 0.05 critical values of U (reject when U ≤ the value) from the standard
     * published table (e.g. Zar, Biostatistical Analysis, Table B.11; Siegel &amp; Castellan). The
     * exact p at the critical value must be ≤ 0.05 and at one more above 0.05.
     */
    @Test
    void criticalValuesTableAtFivePercentTwoTailed() {
        int[][] table = { // n1, n2, critical U
            {2, 8, 0}, {3, 5, 0}, {3, 6, 1}, {3, 7, 1}, {3, 8, 2}, {3, 10, 3},
            {4, 4, 0}, {4, 5, 1}, {4, 6, 2}, {4, 7, 3}, {4, 8, 4}, {4, 10, 5},
            {5, 5, 2}, {5, 6, 3}, {5, 7, 5}, {5, 8, 6}, {5, 10, 8},
            {6, 6, 5}, {6, 8, 8}, {6, 10, 11}, {7, 7, 8}, {7, 10, 14},
            {8, 8, 13}, {8, 10, 17}, {9, 9, 17}, {9, 10, 20}, {10, 10, 23}, {20, 20, 127}};
        for (int[] row : table) {
            String what = "n1=" + row[0] + " n2=" + row[1];
            assertTrue(tieFreeExactP(row[2], row[0], row[1]) <= 0.05, what);
            assertTrue(tieFreeExactP(row[2] + 1, row[0], row[1]) > 0.05, what);
        }
    }

    /** The exact p of U = {@code u} for tie-free samples of sizes n1, n2 (ranks 1..N). */
    private static double tieFreeExactP(int u, int n1, int n2) {
        return MannWhitney.exactP(tieFreeDoubledRanks(n1 + n2), n1, 2L * u + (long) n1 * (n1 + 1));
    }

    /** The doubled ranks 2, 4, ..., 2N. */
    private static int[] tieFreeDoubledRanks(int n) {
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) ranks[i] = 2 * (i + 1);
        return ranks;
    }

    /**
     * Without ties the counted distribution is that of U: the doubled rank sum {@code lowest + 2U}
     * occurs as often as U in a brute-force enumeration of every rank assignment (odd offsets never).
     */
    @Test
    void exactDistributionMatchesBruteForce() {
        for (int n1 = 1; n1 <= 6; n1++) {
            for (int n2 = 1; n2 <= 6; n2++) {
                MannWhitney.RankSumCounts counted = MannWhitney.RankSumCounts.of(tieFreeDoubledRanks(n1 + n2), n1);
                long[] brute = bruteForceCounts(n1, n2);
                assertEquals((long) n1 * (n1 + 1), counted.lowest());
                assertEquals(2 * n1 * n2 + 1, counted.ways().length);
                for (int i = 0; i < counted.ways().length; i++) {
                    assertEquals(i % 2 == 0 ? brute[i / 2] : 0, counted.ways()[i], 0, "n1=" + n1 + " n2=" + n2 + " 2U=" + i);
                }
            }
        }
    }

    /** With ties, the counts by doubled rank sum equal those of enumerating every subset of the midranks. */
    @Test
    void tiedDistributionMatchesBruteForce() {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + random.nextInt(11);
            int size = random.nextInt(n + 1);
            double[] values = random.ints(n, 0, 1 + random.nextInt(4)).asDoubleStream().sorted().toArray();
            int[] doubled = new int[n];
            for (int i = 0; i < n; i++) doubled[i] = (int) (2 * midrank(values[i], values));
            MannWhitney.RankSumCounts counted = MannWhitney.RankSumCounts.of(doubled, size);
            double[] brute = new double[counted.ways().length];
            for (int mask = 0; mask < 1 << n; mask++) {
                if (Integer.bitCount(mask) != size) continue;
                long sum = 0;
                for (int i = 0; i < n; i++) if ((mask >> i & 1) != 0) sum += doubled[i];
                brute[Math.toIntExact(sum - counted.lowest())]++;
            }
            assertArrayEquals(brute, counted.ways(), 0, Arrays.toString(values) + " size " + size);
        }
    }

    /** Every bit mask with n1 ones among n1+n2 positions: positions are ranks, ones the first sample. */
    private static long[] bruteForceCounts(int n1, int n2) {
        long[] counts = new long[n1 * n2 + 1];
        int n = n1 + n2;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) != n1) continue;
            int u = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 0) continue;
                for (int j = 0; j < i; j++) if ((mask >> j & 1) == 0) u++; // y below this x
            }
            counts[u]++;
        }
        return counts;
    }

    /** Exact p on random tie-free samples equals the enumerated tail probability. */
    @Test
    void exactPMatchesEnumerationOnRandomSamples() {
        Random random = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            int n1 = 1 + random.nextInt(7);
            int n2 = 1 + random.nextInt(7);
            double[] x = random.doubles(n1).toArray();
            double[] y = random.doubles(n2).map(v -> v + 0.3).toArray();
            long[] counts = bruteForceCounts(n1, n2);
            long total = 0;
            for (long c : counts) total += c;
            MannWhitney r = MannWhitney.test(x, y);
            double lower = Math.min(r.u(), n1 * n2 - r.u());
            long tail = 0;
            for (int u = 0; u <= lower; u++) tail += counts[u];
            assertEquals(Math.min(1, 2.0 * tail / total), r.p(), 1e-12);
        }
    }

    /**
     * Ties: the exact permutation test. Each expected p is {@link #bruteForceP}'s, which enumerates
     * every split of the pooled values with midranks computed independently. (The normal
     * approximation gave the first four 0.113, 0.110, 0.617 and 0.0957.)
     */
    @Test
    void tiesUseTheExactPermutationTest() {
        check(new double[] {1, 2, 2, 3, 4}, new double[] {2, 3, 3, 5, 6, 6}, 6.0);
        check(new double[] {1, 1, 2}, new double[] {2, 3, 3}, 0.5);
        check(new double[] {5, 5}, new double[] {5, 6}, 1.0);
        check(new double[] {10, 11, 12, 13, 14, 15, 16, 17, 18, 19},
              new double[] {10, 12, 14, 16, 18, 20, 22, 24, 26, 28}, 27.5);
        Random random = new Random(11);
        for (int trial = 0; trial < 60; trial++) {
            int bound = 1 + random.nextInt(5);
            double[] x = random.ints(1 + random.nextInt(7), 0, bound).asDoubleStream().toArray();
            double[] y = random.ints(1 + random.nextInt(7), 0, bound + 1).asDoubleStream().toArray();
            MannWhitney r = MannWhitney.test(x, y);
            assertEquals(bruteForceP(x, y), r.p(), 1e-12, Arrays.toString(x) + " vs " + Arrays.toString(y));
        }
    }

    /**
     * Where the normal approximation misleads: samples whose normal p is just under 0.05
     * (0.0477 and 0.0469, computed in Python 3 from the textbook formula with tie and continuity
     * correction) while the exact p is 2/21 and 2/20, above 0.05; 3 against 3 can never be
     * significant at 5% (the smallest exact p is 0.1).
     */
    @Test
    void exactPCorrectsTheNormalApproximationNearFivePercent() {
        double[] x = {0, 0, 0};
        double[] y = {0, 1, 2, 2, 2, 2};
        assertEquals(2.0 / 21, bruteForceP(x, y), 1e-12);
        assertEquals(2.0 / 21, MannWhitney.test(x, y).p(), 1e-12);
        assertEquals(0.1, MannWhitney.test(new double[] {0, 0, 0}, new double[] {1, 1, 1}).p(), 1e-12);
    }

    /** Swapping the samples or mirroring every value (which mirrors the midranks) keeps p and mirrors U. */
    @Test
    void symmetry() {
        Random random = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            double[] x = random.ints(1 + random.nextInt(12), 0, 6).asDoubleStream().toArray();
            double[] y = random.ints(1 + random.nextInt(12), 1, 7).asDoubleStream().toArray();
            MannWhitney r = MannWhitney.test(x, y);
            MannWhitney swapped = MannWhitney.test(y, x);
            MannWhitney mirrored = MannWhitney.test(negate(x), negate(y));
            assertEquals(r.p(), swapped.p(), 1e-12);
            assertEquals(r.p(), mirrored.p(), 1e-12);
            assertEquals(x.length * y.length - r.u(), swapped.u());
            assertEquals(x.length * y.length - r.u(), mirrored.u());
        }
    }

    private static double[] negate(double[] v) {
        return Arrays.stream(v).map(a -> -a).toArray();
    }

    @Test
    void allTiedSamplesGivePOne() {
        MannWhitney r = MannWhitney.test(new double[] {3, 3, 3, 3}, new double[] {3, 3, 3, 3, 3, 3});
        assertTrue(r.exact());
        assertEquals(12, r.u());
        assertEquals(1.0, r.p());
        double[] many = new double[150];
        Arrays.fill(many, 7);
        assertEquals(1.0, MannWhitney.test(many, many).p());
    }

    /**
     * The two-sided p of the permutation test by brute force: midrank of v = #{smaller} + (#{equal}+1)/2,
     * p = the share of all splits of the pooled values whose rank sum W satisfies |W - E| ≥ |w - E|.
     */
    private static double bruteForceP(double[] x, double[] y) {
        double[] pooled = new double[x.length + y.length];
        System.arraycopy(x, 0, pooled, 0, x.length);
        System.arraycopy(y, 0, pooled, x.length, y.length);
        int n = pooled.length;
        double mean = x.length * (n + 1) / 2.0;
        double observed = 0;
        for (double v : x) observed += midrank(v, pooled);
        long splits = 0;
        long extreme = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) != x.length) continue;
            double w = 0;
            for (int i = 0; i < n; i++) if ((mask >> i & 1) != 0) w += midrank(pooled[i], pooled);
            splits++;
            if (Math.abs(w - mean) >= Math.abs(observed - mean)) extreme++; // sums of halves: exact in doubles
        }
        return (double) extreme / splits;
    }

    private static double midrank(double v, double[] pooled) {
        int smaller = 0;
        int equal = 0;
        for (double p : pooled) {
            if (p < v) smaller++;
            if (p == v) equal++;
        }
        return smaller + (equal + 1) / 2.0;
    }

    private static void check(double[] x, double[] y, double u) {
        MannWhitney r = MannWhitney.test(x, y);
        assertTrue(r.exact());
        assertEquals(u, r.u());
        assertEquals(bruteForceP(x, y), r.p(), 1e-12);
    }

    @Test
    void tinySamples() {
        assertEquals(1.0, MannWhitney.test(new double[] {1}, new double[] {2}).p(), 1e-12); // 2·(1/2)
        assertEquals(1.0, MannWhitney.test(new double[] {1}, new double[] {1}).p());        // all equal
        assertEquals(1.0 / 3, MannWhitney.test(new double[] {1, 2}, new double[] {3, 4}).p(), 1e-12); // 2/C(4,2)
        assertEquals(0.1, MannWhitney.test(new double[] {1, 2, 3}, new double[] {4, 5, 6}).p(), 1e-12); // 2/C(6,3)
        assertEquals(1.0, MannWhitney.test(new double[] {1, 4, 5}, new double[] {2, 3, 6}).p(), 1e-12);
        assertEquals(0.5, MannWhitney.test(new double[] {1, 2, 3}, new double[] {4}).p(), 1e-12); // 2/C(4,1)
    }

    /** benchstat's table of minimum p for two samples of size n (golang.org/x/perf/benchmath). */
    @Test
    void minimumP() {
        assertEquals(1, MannWhitney.minimumP(1, 1), 1e-12);
        assertEquals(0.3333333333333333, MannWhitney.minimumP(2, 2), 1e-12);
        assertEquals(0.1, MannWhitney.minimumP(3, 3), 1e-12);
        assertEquals(0.02857142857142857, MannWhitney.minimumP(4, 4), 1e-12);
        assertEquals(0.007936507936507936, MannWhitney.minimumP(5, 5), 1e-12);
        assertEquals(4.113533525298231e-05, MannWhitney.minimumP(9, 9), 1e-15);
    }

    /** Up to 200 pooled values the test is exact; at N = 200 (100 against 100) the normal approximation agrees. */
    @Test
    void exactUpTo200Values() {
        double[] x = new double[100];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i % 13;
            y[i] = i % 11 + 1;
        }
        MannWhitney r = MannWhitney.test(x, y);
        assertTrue(r.exact());
        assertEquals(0.0, r.p() - normalApproximation(x, y), 0.003);
    }

    /** The normal approximation as the class states it, for comparison with the exact p. */
    private static double normalApproximation(double[] x, double[] y) {
        double[] pooled = new double[x.length + y.length];
        System.arraycopy(x, 0, pooled, 0, x.length);
        System.arraycopy(y, 0, pooled, x.length, y.length);
        double n = pooled.length;
        double u = -x.length * (x.length + 1) / 2.0;
        for (double v : x) u += midrank(v, pooled);
        double tieTerm = 0;
        for (double v : Arrays.stream(pooled).distinct().toArray()) {
            double t = Arrays.stream(pooled).filter(p -> p == v).count();
            tieTerm += t * t * t - t;
        }
        double variance = x.length * y.length / 12.0 * ((n + 1) - tieTerm / (n * (n - 1)));
        double z = Math.max(0, Math.abs(u - x.length * y.length / 2.0) - 0.5) / Math.sqrt(variance);
        return 2 * Distributions.normalSurvival(z);
    }

    /**
     * Beyond 200 values: the normal approximation with tie and continuity correction. Expected
     * p-values computed independently in Python 3 with {@code math.erfc} from the textbook formula
     * {@code z = (|U - n1 n2/2| - 1/2) / sqrt(n1 n2/12 ((N+1) - Σ(t³-t)/(N(N-1))))}, p = erfc(z/√2).
     */
    @Test
    void largeSamplesUseTheNormalApproximation() {
        double[] tieFreeX = new double[110];
        double[] tieFreeY = new double[110];
        for (int i = 0; i < 110; i++) {
            tieFreeX[i] = 2 * i;
            tieFreeY[i] = 2 * i + 1;
        }
        MannWhitney tieFree = MannWhitney.test(tieFreeX, tieFreeY);
        assertFalse(tieFree.exact());
        assertEquals(110 * 109 / 2.0, tieFree.u()); // x_i beats y_j for j < i
        assertTrue(tieFree.p() > 0.8);
        double[] x = new double[110];
        double[] y = new double[110];
        for (int i = 0; i < 110; i++) {
            x[i] = i % 7;
            y[i] = i % 9 + 1;
        }
        MannWhitney tied = MannWhitney.test(x, y);
        assertFalse(tied.exact());
        assertEquals(4.9251786701093784e-08, tied.p(), 1e-15);
        double[] x2 = new double[120];
        double[] y2 = new double[90];
        for (int i = 0; i < 120; i++) x2[i] = i % 5;
        for (int i = 0; i < 90; i++) y2[i] = i % 6;
        assertEquals(0.03587176140761093, MannWhitney.test(x2, y2).p(), 1e-9);
    }

    @Test
    void rejectsEmptyAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.test(new double[0], new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.test(new double[] {Double.NaN}, new double[] {1}));
    }
}
