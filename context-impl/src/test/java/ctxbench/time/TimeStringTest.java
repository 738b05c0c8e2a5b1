package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link GoTime} prints a time on the model's clock as Go's {@code time.Time.String()} prints
 * {@code now0.Add(d)}, where {@code now0} is a {@code time.Now()} with the given wall clock and
 * monotonic reading 0.
 *
 * <p>Every expected string was printed by Go 1.21.13: a program built {@code now0} as a
 * {@code time.Time} with {@code wall = hasMonotonic | sec<<30 | nsec}, {@code ext = 0},
 * {@code loc = nil} (UTC) through {@code unsafe}, and printed {@code now0.Add(d).String()}; the
 * outputs are pasted here. The inputs are fixed, so nothing here depends on the current time.
 */
class TimeStringTest {
    /** 2026-12-05T22:13:19.1Z. */
    private static final Instant ORIGIN = Instant.ofEpochSecond(1796508799L, 100_000_000);
    private static final Instant UNIX_EPOCH = Instant.EPOCH;

    @Test
    void wallClockAndMonotonicReading() {
        assertEquals("2026-12-05 22:13:19.1 +0000 UTC m=+0.000000000", GoTime.toString(ORIGIN, 0));
        assertEquals("2026-12-05 23:13:19.100000001 +0000 UTC m=+3600.000000001", GoTime.toString(ORIGIN, 3600_000_000_001L));
        assertEquals("2026-12-05 23:13:19.1 +0000 UTC m=+3600.000000000", GoTime.toString(ORIGIN, 3600_000_000_000L));
        assertEquals("2026-12-05 22:28:19.1 +0000 UTC m=+900.000000000", GoTime.toString(ORIGIN, 900_000_000_000L));
        assertEquals("2026-12-05 22:13:19.100000001 +0000 UTC m=+0.000000001", GoTime.toString(ORIGIN, 1));
        assertEquals("2058-08-13 23:59:59.100000005 +0000 UTC m=+1000000000.000000005",
                GoTime.toString(ORIGIN, 1_000_000_000_000_000_005L));
    }

    /** The example: a deadline one hour and 1 ns after an origin at 22:13:19.099999999. */
    @Test
    void fractionLosesItsTrailingZeros() {
        assertEquals("2026-12-05 23:13:19.1 +0000 UTC m=+3600.000000001",
                GoTime.toString(Instant.ofEpochSecond(1796508799L, 99_999_999), 3600_000_000_001L));
    }

    @Test
    void negativeMonotonicReadings() {
        assertEquals("2026-12-05 21:13:19.1 +0000 UTC m=-3600.000000000", GoTime.toString(ORIGIN, -3600_000_000_000L));
        assertEquals("2026-12-05 22:13:19.099999999 +0000 UTC m=-0.000000001", GoTime.toString(ORIGIN, -1));
    }

    /** Beyond 2157-03-16 or before 1885, Go's Add drops the monotonic reading: no {@code m=}. */
    @Test
    void extremesHaveNoMonotonicReading() {
        assertEquals("2319-03-17 22:00:35.954775807 +0000 UTC", GoTime.toString(ORIGIN, Long.MAX_VALUE));
        assertEquals("1734-08-26 22:26:02.245224193 +0000 UTC", GoTime.toString(ORIGIN, -Long.MAX_VALUE));
        assertEquals("1734-08-26 22:26:02.245224192 +0000 UTC", GoTime.toString(ORIGIN, Long.MIN_VALUE));
    }

    /** The last wall second that keeps a monotonic reading (2^33 - 1 seconds after 1885), and the first that does not. */
    @Test
    void monotonicRangeBoundaries() {
        long lastSecond = 5907646591L * 1_000_000_000L;
        assertEquals("2157-03-16 12:56:31 +0000 UTC m=+5907646591.000000000", GoTime.toString(UNIX_EPOCH, lastSecond));
        assertEquals("2157-03-16 12:56:31.999999999 +0000 UTC m=+5907646591.999999999",
                GoTime.toString(UNIX_EPOCH, lastSecond + 999_999_999));
        assertEquals("2157-03-16 12:56:32 +0000 UTC", GoTime.toString(UNIX_EPOCH, lastSecond + 1_000_000_000));

        long firstSecond = -2682288000L * 1_000_000_000L; // 1885-01-01T00:00:00Z
        assertEquals("1885-01-01 00:00:00 +0000 UTC m=-2682288000.000000000", GoTime.toString(UNIX_EPOCH, firstSecond));
        assertEquals("1884-12-31 23:59:59.999999999 +0000 UTC", GoTime.toString(UNIX_EPOCH, firstSecond - 1));
    }

    /** Go's {@code time.Now()} after 2157-03-16 has no monotonic reading, so no time derived from it has one. */
    @Test
    void originWithoutMonotonicReading() {
        assertEquals("2160-02-18 10:40:00.000000001 +0000 UTC", GoTime.toString(Instant.ofEpochSecond(6_000_000_000L), 1));
    }

    /** Go's {@code appendInt(b, year, 4)}: a sign before year 0, four digits at least. */
    @Test
    void yearsOutsideFourDigits() {
        assertEquals("-0005-03-04 05:06:07.000008 +0000 UTC", GoTime.toString(Instant.parse("-0005-03-04T05:06:07.000008Z"), 0));
        assertEquals("12345-03-04 05:06:07 +0000 UTC", GoTime.toString(Instant.parse("+12345-03-04T05:06:07Z"), 0));
    }

    /** The model's own clock: the origin's wall clock plus the deadline; the same text as the pure form. */
    @Test
    void modelClockUsesTheWallClockAtItsOrigin() {
        long deadline = 3600_000_000_001L;
        String s = GoTime.toString(deadline);
        assertEquals(GoTime.toString(Time.wallAtOrigin(), deadline), s);
        assertTrue(Pattern.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})? \\+0000 UTC m=\\+3600\\.000000001", s), s);
    }
}
