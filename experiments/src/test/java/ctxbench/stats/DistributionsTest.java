package ctxbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Checks the distribution functions against published table values and against Apache Commons
 * Math 3 (the library JMH itself computes {@code scoreError} with; on the test class path through
 * jmh-core), an independent implementation.
 */
class DistributionsTest {

    /** Student t quantiles t(0.9995, df) from the standard two-tailed 0.001 table. */
    @Test
    void studentTTableValues() {
        assertEquals(636.619, Distributions.studentTQuantile(0.9995, 1), 1e-3);
        assertEquals(31.599, Distributions.studentTQuantile(0.9995, 2), 1e-3);
        assertEquals(4.781, Distributions.studentTQuantile(0.9995, 9), 1e-3);
        assertEquals(3.646, Distributions.studentTQuantile(0.9995, 30), 1e-3);
        assertEquals(1.960, Distributions.studentTQuantile(0.975, 100000), 1e-3);
        assertEquals(-2.262, Distributions.studentTQuantile(0.025, 9), 1e-3);
    }

    @Test
    void studentTMatchesCommonsMath() {
        for (int df : new int[] {1, 2, 3, 5, 9, 19, 49, 199}) {
            TDistribution t = new TDistribution(df);
            for (double p : new double[] {0.6, 0.9, 0.975, 0.9995}) {
                double expected = t.inverseCumulativeProbability(p);
                assertEquals(expected, Distributions.studentTQuantile(p, df), 1e-8 * expected, "df=" + df + " p=" + p);
            }
        }
    }

    @Test
    void normalMatchesCommonsMathAndTable() {
        assertEquals(0.975, Distributions.normalCdf(1.959963984540054), 1e-12);
        assertEquals(0.5, Distributions.normalCdf(0), 1e-15);
        NormalDistribution normal = new NormalDistribution();
        for (double z = -8; z <= 8; z += 0.25) {
            assertEquals(normal.cumulativeProbability(z), Distributions.normalCdf(z), 1e-13, "z=" + z);
        }
        assertEquals(6.22096057427178e-16, Distributions.normalSurvival(8), 1e-25); // far tail, relative accuracy
    }

    @Test
    void binomialMatchesCommonsMath() {
        for (int n : new int[] {1, 2, 5, 6, 20, 101}) {
            BinomialDistribution b = new BinomialDistribution(n, 0.5);
            for (int k = -1; k <= n; k++) {
                assertEquals(b.cumulativeProbability(k), Distributions.binomialCdf(k, n, 0.5), 1e-12, "n=" + n + " k=" + k);
            }
        }
    }
}
