package ctxbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the U test against published values, R's documentation and brute-force enumeration. */
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
            assertTrue(MannWhitney.exactP(row[2], row[0], row[1]) <= 0.05, what);
            assertTrue(MannWhitney.exactP(row[2] + 1, row[0], row[1]) > 0.05, what);
        }
    }

    /** The counted U distribution equals a brute-force enumeration of every rank assignment. */
    @Test
    void exactDistributionMatchesBruteForce() {
        for (int n1 = 1; n1 <= 6; n1++) {
            for (int n2 = 1; n2 <= 6; n2++) {
                double[] counted = MannWhitney.uCounts(n1, n2);
                long[] brute = bruteForceCounts(n1, n2);
                for (int u = 0; u <= n1 * n2; u++) assertEquals(brute[u], counted[u], 0, "n1=" + n1 + " n2=" + n2 + " U=" + u);
            }
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
     * Ties: normal approximation with tie and continuity correction. Expected p-values computed
     * independently in Python 3 with {@code math.erfc} from the textbook formula
     * {@code z = (|U - n1 n2/2| - 1/2) / sqrt(n1 n2/12 ((N+1) - Σ(t³-t)/(N(N-1))))}, p = erfc(z/√2).
     */
    @Test
    void tiesUseTheCorrectedNormalApproximation() {
        check(new double[] {1, 2, 2, 3, 4}, new double[] {2, 3, 3, 5, 6, 6}, 6.0, 0.11304997885632297);
        check(new double[] {1, 1, 2}, new double[] {2, 3, 3}, 0.5, 0.11014892418594703);
        check(new double[] {5, 5}, new double[] {5, 6}, 1.0, 0.6170750774519738);
        check(new double[] {10, 11, 12, 13, 14, 15, 16, 17, 18, 19},
              new double[] {10, 12, 14, 16, 18, 20, 22, 24, 26, 28}, 27.5, 0.09567785797410121);
    }

    private static void check(double[] x, double[] y, double u, double p) {
        MannWhitney r = MannWhitney.test(x, y);
        assertFalse(r.exact());
        assertEquals(u, r.u());
        assertEquals(p, r.p(), 1e-9);
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

    @Test
    void largeTieFreeSamplesUseTheNormalApproximation() {
        double[] x = new double[60];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            x[i] = 2 * i;
            y[i] = 2 * i + 1;
        }
        MannWhitney r = MannWhitney.test(x, y);
        assertFalse(r.exact());
        assertEquals(60 * 59 / 2.0, r.u()); // x_i beats y_j for j < i
        assertTrue(r.p() > 0.8);
    }

    @Test
    void rejectsEmptyAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.test(new double[0], new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.test(new double[] {Double.NaN}, new double[] {1}));
    }
}
