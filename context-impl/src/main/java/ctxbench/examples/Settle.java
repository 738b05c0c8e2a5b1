package ctxbench.examples;

import ctxbench.runtime.Goroutines;
import ctxbench.settle.Poll;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Bounded condition waits that read what an example leaves behind once it has settled: the
 * goroutines still running, the timers still pending.
 *
 * <p>Goroutines that an example lets go (a stage that is closing, a handler still sleeping) end
 * a little after the example returns; these waits poll until the count is the one the program is
 * expected to leave, and give up after {@link #LIMIT}, returning whatever the count is then. So
 * the number returned is always measured: a program that leaks more, or less, than expected shows
 * a different number (after the limit), and nothing here asserts how long anything took.
 */
public final class Settle {
    /** How long a wait polls before it gives up; a safety net, not a measurement. */
    public static final Duration LIMIT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(1);
    /** How long the goroutine count must stay unchanged before {@link #baseline} takes it. */
    private static final long QUIET_NANOS = Duration.ofMillis(100).toNanos();

    private Settle() {}

    /** Polls {@code condition} every millisecond until it holds or {@link #LIMIT} passes; returns whether it held. */
    public static boolean until(BooleanSupplier condition) {
        return Poll.until(condition, LIMIT, POLL);
    }

    /**
     * The {@link Goroutines#running()} reading a program is measured against, taken once the
     * goroutines that earlier programs let go have ended: when the count has not changed for
     * 100 ms (or {@link #LIMIT} passed). Without the wait, a goroutine of an earlier program that
     * ends while this one runs makes this one's count come out one short (-1).
     */
    public static long baseline() {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        long last = Goroutines.running();
        long unchangedSince = System.nanoTime();
        while (System.nanoTime() - unchangedSince < QUIET_NANOS && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(POLL.toNanos());
            long now = Goroutines.running();
            if (now != last) {
                last = now;
                unchangedSince = System.nanoTime();
            }
        }
        return last;
    }

    /**
     * Go: {@code runtime.NumGoroutine()} after the program has settled, relative to
     * {@code baseline} (a {@link Goroutines#running()} reading taken before the program started).
     * Waits until the count above the baseline is {@code expected} (or {@link #LIMIT} passes) and
     * returns the count above the baseline then.
     */
    public static long goroutinesLeft(long baseline, long expected) {
        until(() -> Goroutines.running() - baseline == expected);
        return Goroutines.running() - baseline;
    }
}
