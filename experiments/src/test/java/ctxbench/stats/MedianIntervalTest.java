package ctxbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Checks the median interval against a published table of order-statistic ranks. */
class MedianIntervalTest {

    /**
     * Ranks of the 95% interval for the median and their exact coverage, n = 6..20, from
     * Campbell &amp; Gardner, "Calculating confidence intervals for some non-parametric analyses",
     * BMJ 1988;296:1454 (Table 1), re-derived with Python's {@code math.comb}.
     */
    @Test
    void ranksMatchPublishedTable() {
        int[][] table = {{6, 1, 6}, {7, 1, 7}, {8, 1, 8}, {9, 2, 8}, {10, 2, 9}, {11, 2, 10}, {12, 3, 10},
            {13, 3, 11}, {14, 3, 12}, {15, 4, 12}, {16, 4, 13}, {17, 5, 13}, {18, 5, 14}, {19, 5, 15}, {20, 6, 15}};
        double[] coverage = {0.9688, 0.9844, 0.9922, 0.9609, 0.9785, 0.9883, 0.9614, 0.9775, 0.9871, 0.9648,
            0.9787, 0.9510, 0.9691, 0.9808, 0.9586};
        for (int i = 0; i < table.length; i++) {
            int n = table[i][0];
            double[] v = new double[n];
            for (int k = 0; k < n; k++) v[k] = (n - k) * 10; // unsorted on purpose: x(k) = 10k
            MedianInterval m = MedianInterval.of(v, 0.95);
            assertEquals(10.0 * table[i][1], m.lo(), "n=" + n);
            assertEquals(10.0 * table[i][2], m.hi(), "n=" + n);
            assertEquals(coverage[i], m.confidence(), 5e-5, "n=" + n);
        }
    }

    @Test
    void tooFewValuesGiveNoInterval() {
        assertEquals(6, MedianInterval.minSamples(0.95));
        for (int n = 1; n <= 5; n++) {
            MedianInterval m = MedianInterval.of(new double[n], 0.95);
            assertFalse(m.hasInterval());
            assertTrue(Double.isNaN(m.lo()) && Double.isNaN(m.hi()) && Double.isNaN(m.confidence()));
        }
    }

    @Test
    void medianOfOddEvenAndTinySamples() {
        assertEquals(7, MedianInterval.of(new double[] {7}, 0.95).median());
        assertEquals(2.5, MedianInterval.of(new double[] {4, 1}, 0.95).median());
        assertEquals(2, MedianInterval.of(new double[] {3, 1, 2}, 0.95).median());
        assertEquals(3.5, MedianInterval.of(new double[] {6, 1, 3, 4, 2, 5}, 0.95).median());
    }

    @Test
    void tiesAreOrderStatisticsToo() {
        MedianInterval m = MedianInterval.of(new double[] {5, 5, 5, 5, 5, 5, 5}, 0.95);
        assertEquals(5, m.median());
        assertEquals(5, m.lo());
        assertEquals(5, m.hi());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> MedianInterval.of(new double[0], 0.95));
        assertThrows(IllegalArgumentException.class, () -> MedianInterval.of(new double[] {1, Double.NaN}, 0.95));
        assertThrows(IllegalArgumentException.class, () -> MedianInterval.of(new double[] {1}, 1.5));
    }
}
