package ctxbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeomeanTest {
    @Test
    void geometricMean() {
        assertEquals(4, Geomean.of(new double[] {2, 8}), 1e-12);
        assertEquals(1, Geomean.of(new double[] {0.5, 2}), 1e-12);
        assertEquals(3, Geomean.of(new double[] {3}), 1e-12);
        assertEquals(Math.cbrt(1.5 * 2 * 4), Geomean.of(new double[] {1.5, 2, 4}), 1e-12);
    }

    @Test
    void rejectsNonPositive() {
        assertThrows(IllegalArgumentException.class, () -> Geomean.of(new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> Geomean.of(new double[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> Geomean.of(new double[0]));
    }
}
