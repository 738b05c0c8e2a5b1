package ctxbench.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Go's {@code time.Time.String()} for a time on the model's clock, such as a context deadline:
 * {@code 2026-12-05 23:13:19.1 +0000 UTC m=+3600.000000001}.
 *
 * <p>The model's times are {@code long} nanoseconds on {@link Time#nanotime()}, a monotonic
 * clock that starts at the model's origin; Go's {@code time.Now()} reads the wall clock and the
 * monotonic clock together. A model time {@code t} is printed as the Go time
 * {@code now0.Add(t)}, where {@code now0} is Go's {@code time.Now()} at the origin: its wall clock
 * is {@link Time#wallAtOrigin()} and its monotonic reading 0 (Go's {@code m=} counts from the
 * process's runtime start, for which the model's origin stands). So the wall part is
 * {@code wallAtOrigin + t}, and {@code m=} is {@code t} in seconds. Where Go's {@code Add} drops
 * the monotonic reading (the wall second leaves the 33-bit field Go keeps it in next to a
 * monotonic reading: before 1885 or after 2157-03-16), no {@code m=} is printed, as in Go.
 *
 * <p>Go prints the time in its {@code Location}, which for {@code time.Now()} is Local; the model
 * prints UTC ({@code +0000 UTC}, what Go prints when Local is UTC), so that the text does not
 * depend on the machine's time zone, and because Java has no reliable source of Go's zone
 * abbreviations (Go's come from the tz database, such as {@code +03}; Java's from CLDR, such as
 * {@code GMT+03:00}).
 *
 * <p>Go: time/format.go {@code Time.String} with the layout
 * {@code "2006-01-02 15:04:05.999999999 -0700 MST"}; time/time.go {@code Time.Add},
 * {@code addSec}, {@code Now}.
 */
public final class GoTime {
    /** Go: {@code wallToInternal} as a Unix time: 1885-01-01T00:00:00Z, second 0 of Go's packed wall field. */
    private static final long WALL_FIELD_EPOCH_SECOND = -2_682_288_000L;
    /** Go: the packed wall-seconds field beside a monotonic reading holds 33 bits. */
    private static final long WALL_FIELD_MAX = (1L << 33) - 1;

    private GoTime() {}

    /**
     * Go: {@code t.String()} for the time {@code t} that is {@code nanotime} on the
     * {@link Time#nanotime()} clock (such as a context's deadline): the wall clock at the model's
     * origin plus {@code nanotime}, with {@code m=} showing {@code nanotime}.
     */
    public static String toString(long nanotime) {
        return toString(Time.wallAtOrigin(), nanotime);
    }

    /**
     * Go: {@code now0.Add(Duration(nanotime)).String()}, where {@code now0} is the
     * {@code time.Now()} read at the model's origin, whose wall clock was {@code wallAtOrigin}:
     * {@code wallAtOrigin + nanotime} in Go's layout
     * {@code 2006-01-02 15:04:05.999999999 -0700 MST} (in UTC), then
     * {@code m=±<seconds>.<9 digits>} for {@code nanotime}, unless Go would have dropped the
     * monotonic reading. A pure function, so that tests can pass fixed values.
     */
    public static String toString(Instant wallAtOrigin, long nanotime) {
        Instant wall = wallAtOrigin.plusNanos(nanotime);
        StringBuilder b = new StringBuilder(64);
        appendFormat(b, wall);
        // Go: Now() keeps a monotonic reading only inside the packed field's range, and Add
        // (through addSec) strips it when the sum leaves that range. The sum of the monotonic
        // readings (0 + nanotime) cannot overflow here, Add's other reason to strip it.
        if (hasMonotonic(wallAtOrigin) && hasMonotonic(wall)) {
            appendMonotonic(b, nanotime);
        }
        return b.toString();
    }

    /**
     * Go: the test in {@code Now} and {@code addSec}: whether a time with wall clock {@code wall}
     * can keep a monotonic reading, i.e. whether its seconds since 1885-01-01 UTC fit in 33 bits.
     */
    private static boolean hasMonotonic(Instant wall) {
        long sec = wall.getEpochSecond() - WALL_FIELD_EPOCH_SECOND;
        return sec >= 0 && sec <= WALL_FIELD_MAX;
    }

    /**
     * Go: {@code t.Format("2006-01-02 15:04:05.999999999 -0700 MST")} for a time in UTC: the
     * fraction of a second without trailing zeros (and without its point when it is 0), the zone
     * as {@code +0000 UTC}. Years are padded to four digits, with a leading minus sign before
     * year 0, as Go's {@code appendInt(b, year, 4)} does.
     */
    private static void appendFormat(StringBuilder b, Instant wall) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(wall.getEpochSecond(), wall.getNano(), ZoneOffset.UTC);
        appendInt(b, t.getYear(), 4);
        b.append('-');
        appendInt(b, t.getMonthValue(), 2);
        b.append('-');
        appendInt(b, t.getDayOfMonth(), 2);
        b.append(' ');
        appendInt(b, t.getHour(), 2);
        b.append(':');
        appendInt(b, t.getMinute(), 2);
        b.append(':');
        appendInt(b, t.getSecond(), 2);
        int nanos = t.getNano();
        if (nanos != 0) { // Go: formatNano with trim ('9's): no trailing zeros, no lone point
            int digits = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            b.append('.');
            appendInt(b, nanos, digits);
        }
        b.append(" +0000 UTC");
    }

    /**
     * Go: the tail {@code Time.String} appends for a time with a monotonic reading:
     * {@code " m=±<seconds>.<nanoseconds, 9 digits>"}, the sign always shown. The magnitude is
     * read as unsigned, as Go's {@code uint64(-ext)} is, so {@code Long.MIN_VALUE} prints too.
     */
    private static void appendMonotonic(StringBuilder b, long m) {
        b.append(" m=").append(m < 0 ? '-' : '+');
        long u = m < 0 ? -m : m;
        b.append(Long.toUnsignedString(Long.divideUnsigned(u, 1_000_000_000L))).append('.');
        appendInt(b, (int) Long.remainderUnsigned(u, 1_000_000_000L), 9);
    }

    /**
     * Go: {@code appendInt(b, x, width)}: the decimal digits of {@code x}, zero-padded to
     * {@code width}, after a minus sign if {@code x} is negative.
     */
    private static void appendInt(StringBuilder b, int x, int width) {
        long u = x;
        if (u < 0) {
            b.append('-');
            u = -u;
        }
        String digits = Long.toString(u);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        b.append(digits);
    }
}
