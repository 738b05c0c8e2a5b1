package ctxbench.time;

import java.time.Duration;

/** Conversions between {@link Duration} and Go's int64 nanoseconds, saturating as Go's {@code when} does. */
final class Durations {
    private Durations() {}

    /** Nanoseconds of {@code d}, clamped to the {@code long} range instead of overflowing. */
    static long toNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException overflow) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /**
     * Go: {@code time.when(d)}: the due time {@code d} from now; now if {@code d <= 0}; the largest
     * time if the sum overflows.
     */
    static long when(long d) {
        long now = Time.nanotime();
        if (d <= 0) {
            return now;
        }
        long t = now + d;
        return t < 0 ? Long.MAX_VALUE : t; // Go: maxWhen = 1<<63 - 1
    }
}
