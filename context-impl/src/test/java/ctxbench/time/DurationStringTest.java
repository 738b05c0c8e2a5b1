package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link GoDuration#toString(long)} prints what Go's {@code time.Duration.String()} prints.
 *
 * <p>{@link #testDurationString} is Go's {@code TestDurationString} with its table
 * {@code durationTests} (src/time/time_test.go, Go 1.21.13), ported entry for entry. The further
 * cases were printed by Go 1.21.13 ({@code fmt.Printf("%d %s\n", int64(d), d.String())}) and
 * pasted here.
 */
class DurationStringTest {
    private static final long NANOSECOND = 1;
    private static final long MICROSECOND = 1000 * NANOSECOND;
    private static final long MILLISECOND = 1000 * MICROSECOND;
    private static final long SECOND = 1000 * MILLISECOND;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    private record Case(String str, long d) {}

    /** Go: {@code durationTests}. */
    private static final List<Case> DURATION_TESTS = List.of(
            new Case("0s", 0),
            new Case("1ns", 1 * NANOSECOND),
            new Case("1.1\u00B5s", 1100 * NANOSECOND),
            new Case("2.2ms", 2200 * MICROSECOND),
            new Case("3.3s", 3300 * MILLISECOND),
            new Case("4m5s", 4 * MINUTE + 5 * SECOND),
            new Case("4m5.001s", 4 * MINUTE + 5001 * MILLISECOND),
            new Case("5h6m7.001s", 5 * HOUR + 6 * MINUTE + 7001 * MILLISECOND),
            new Case("8m0.000000001s", 8 * MINUTE + 1 * NANOSECOND),
            new Case("2562047h47m16.854775807s", Long.MAX_VALUE), // Go: 1<<63 - 1
            new Case("-2562047h47m16.854775808s", Long.MIN_VALUE)); // Go: -1 << 63

    /** Go: TestDurationString: each entry, and its negation for the positive ones. */
    @Test
    void testDurationString() {
        for (Case tt : DURATION_TESTS) {
            assertEquals(tt.str(), GoDuration.toString(tt.d()), "Duration(" + tt.d() + ").String()");
            if (tt.d() > 0) {
                assertEquals("-" + tt.str(), GoDuration.toString(-tt.d()), "Duration(" + -tt.d() + ").String()");
            }
        }
    }

    /** Printed by Go 1.21.13: each unit's boundaries, and the durations the issue names. */
    @Test
    void moreDurationsAsGoPrintsThem() {
        List<Case> printedByGo = List.of(
                new Case("1.5\u00B5s", 1500),
                new Case("1.1ms", 1100000),
                new Case("2h45m0.5s", 9900500000000L),
                new Case("59m59.999999s", 3599999999000L),
                new Case("59m59.999992872s", 3599999992872L),
                new Case("-1.5s", -1500000000L),
                new Case("-1ns", -1),
                new Case("999ns", 999),
                new Case("1\u00B5s", 1000),
                new Case("999.999\u00B5s", 999999),
                new Case("1ms", 1000000),
                new Case("999.999999ms", 999999999),
                new Case("1s", 1000000000),
                new Case("1m0s", 60000000000L),
                new Case("1h0m0s", 3600000000000L));
        for (Case tt : printedByGo) {
            assertEquals(tt.str(), GoDuration.toString(tt.d()), "Duration(" + tt.d() + ").String()");
        }
    }

    /** Go writes U+00B5 MICRO SIGN, not U+03BC GREEK SMALL LETTER MU. */
    @Test
    void microIsTheMicroSign() {
        assertEquals(0x00B5, GoDuration.toString(1100).charAt(3));
    }
}
