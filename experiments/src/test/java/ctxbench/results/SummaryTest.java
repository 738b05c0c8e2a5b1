package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void meanAndJmhStyleError() {
        double[] v = {1200, 1230, 1240, 1235, 1232, 1270};
        assertEquals(1234.5, Summary.mean(v), 1e-12);
        // s = sqrt(2507.5 / 5) = 22.39420; t(0.9995, 5) = 6.8688 (table); 6.8688 * 22.39420 / sqrt(6) = 62.798
        assertEquals(62.798, Summary.error999(v), 2e-3);
    }

    /** Same numbers as JMH's own code path: commons-math3 TDistribution with n-1 degrees of freedom. */
    @Test
    void matchesJmhFormula() {
        double[] v = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        double mean = Summary.mean(v);
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        double expected = new org.apache.commons.math3.distribution.TDistribution(9).inverseCumulativeProbability(0.9995)
                * Math.sqrt(ss / 9) / Math.sqrt(10);
        assertEquals(expected, Summary.error999(v), 1e-9);
    }

    @Test
    void tooFewValues() {
        assertTrue(Double.isNaN(Summary.error999(new double[] {1})));
        assertTrue(Double.isNaN(Summary.error999(new double[0])));
        assertTrue(Double.isNaN(Summary.mean(new double[0])));
        assertEquals(0, Summary.error999(new double[] {2, 2}));
    }
}
