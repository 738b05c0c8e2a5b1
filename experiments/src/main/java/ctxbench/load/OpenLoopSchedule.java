package ctxbench.load;

/**
 * When each request of an open-loop load is due: request {@code i} (from 0) at
 * {@code start + i / rate}, whether or not earlier requests have finished. Latencies are measured
 * from these intended times, not from when a request actually started, so a generator that falls
 * behind (a GC pause, a busy core) shows the delay as latency instead of hiding it: the
 * coordinated-omission correction of wrk2 and HdrHistogram.
 *
 * <p>Due times are computed from the index (not by adding an interval repeatedly), so rounding
 * never accumulates: the millionth request at 3 req/s is due exactly 333 333.33 s after start
 * (rounded to the nanosecond).
 *
 * @param ratePerSecond requests per second, &gt; 0
 * @param startNanos    when request 0 is due, on the generator's {@link NanoClock}
 */
public record OpenLoopSchedule(double ratePerSecond, long startNanos) {
    private static final double NANOS_PER_SECOND = 1e9;

    /** Checks the rate. */
    public OpenLoopSchedule {
        requireValidRate(ratePerSecond);
    }

    /**
     * Returns {@code ratePerSecond} if it is a finite number &gt; 0.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static double requireValidRate(double ratePerSecond) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be a positive number, not " + ratePerSecond);
        }
        return ratePerSecond;
    }

    /** How many requests fall due within {@code durationNanos} from the start: {@code rate × duration}, at least 1. */
    public long count(long durationNanos) {
        return Math.max(1, (long) Math.floor(ratePerSecond * durationNanos / NANOS_PER_SECOND));
    }

    /** When request {@code index} is due: {@code start + round(index × 1e9 / rate)}. */
    public long dueNanos(long index) {
        return startNanos + Math.round(index * NANOS_PER_SECOND / ratePerSecond);
    }

    /** The corrected latency of request {@code index} that completed at {@code completionNanos}: completion − due time. */
    public long correctedLatencyNanos(long index, long completionNanos) {
        return completionNanos - dueNanos(index);
    }
}
