package ctxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.results.Series;
import ctxbench.results.Units;
import org.junit.jupiter.api.Test;

/** How numbers read in the report, and the ratio's interval, test and words. */
class FmtAndRatioTest {
    @Test
    void numbersHaveThreeSignificantDigitsAndUnits() {
        assertEquals("612", Fmt.sig(612.4));
        assertEquals("0.0000274", Fmt.sig(0.00002741));
        assertEquals("612 ns", Fmt.nanos(612.4));
        assertEquals("1.23 µs", Fmt.nanos(1234));
        assertEquals("201 ms", Fmt.nanos(201_200_000));
        assertEquals("1.5 s", Fmt.nanos(1.5e9));
        assertEquals("0.0000352 ns", Fmt.nanos(0.0000352));
        assertEquals("304 B", Fmt.bytes(304));
        assertEquals("1.5 KiB", Fmt.bytes(1536));
        assertEquals("7.63 MiB", Fmt.bytes(8_000_000));
        assertEquals("100,000", Fmt.count(100_000));
        assertEquals("2,000", Fmt.count(1999.8));
        assertEquals("2.53", Fmt.count(2.531));
        assertEquals(Fmt.NONE, Fmt.nanos(Double.NaN));
        assertEquals(Fmt.NONE, Fmt.time(null));
    }

    @Test
    void ratiosKeepThreeDigitsAndGroupLargeOnes() {
        assertEquals("3.00×", Fmt.times(3));
        assertEquals("0.397×", Fmt.times(0.3971));
        assertEquals("762×", Fmt.times(762.4));
        assertEquals("1,230×", Fmt.times(1234));
        assertEquals("10.0×", Fmt.times(9.996));
    }

    @Test
    void timeUnitsAreComparedInNanoseconds() {
        Series micros = Series.of("us/op", 2, new double[] {2, 2, 2});
        assertEquals(2000, micros.nanos().median());
        assertTrue(micros.isTime());
        assertFalse(Series.of("B/op", 1, new double[0]).isTime());
        assertEquals(1e6, Units.nanosPer("ms"));
        assertEquals(0, Units.nanosPer("ops/us"));
    }

    @Test
    void intervalComesFromTheTwoMedianIntervals() {
        Series a = Series.of("ns/op", 0, ReportFixture.around(3000, 1));
        Series b = Series.of("us/op", 0, ReportFixture.around(1, 0.001));
        Ratio r = Ratio.of(a, b);
        assertEquals(3.0, r.value(), 1e-9);
        assertEquals(2996.5 / 1003.5, r.lo(), 1e-9, "lo(a) / hi(b): the 2nd and 9th of ten sorted values");
        assertEquals(3003.5 / 996.5, r.hi(), 1e-9);
        assertTrue(r.significant());
        assertEquals("slower than", r.timeVerdict());
        assertEquals("faster than", Ratio.of(b, a).timeVerdict());
        assertEquals("3.00× [2.99–3.01]", Fmt.ratio(r));
        assertEquals("±0.1%", Fmt.spread(a.center()));
    }

    @Test
    void overlappingSamplesAreNotMeasurablyDifferent() {
        Series a = Series.of("ns/op", 0, ReportFixture.around(1000, 10));
        Series b = Series.of("ns/op", 0, ReportFixture.around(1001, 10));
        assertEquals("not measurably different from", Ratio.of(a, b).timeVerdict());
    }

    @Test
    void tooFewSamplesGiveNoIntervalAndNoTest() {
        Series a = Series.of("ns/op", 0, new double[] {3, 3, 3});
        Series b = Series.of("ns/op", 0, new double[] {1, 1, 1});
        Ratio r = Ratio.of(a, b);
        assertFalse(r.hasInterval());
        assertFalse(r.tested(), "3 against 3 cannot reach p ≤ 0.05");
        assertEquals("slower (untested) than", r.timeVerdict());
        assertEquals("3.00×†", Fmt.ratio(r));
        Series scoreOnly = Series.of("us", 9000, new double[0]);
        assertEquals("faster (untested) than", Ratio.of(Series.of("us", 3000, new double[0]), scoreOnly).timeVerdict());
        assertEquals(Fmt.NO_COMPARISON, Fmt.verdict(a, null));
        assertEquals(Fmt.NONE, Fmt.ratio(null, b));
    }

    @Test
    void unitsThatAreNotTimesMustMatch() {
        Series bytes = Series.of("B/op", 300, new double[0]);
        assertEquals(1.5, Ratio.of(bytes, Series.of("B/op", 200, new double[0])).value());
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(bytes, Series.of("count", 2, new double[0])));
    }
}
