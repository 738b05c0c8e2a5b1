package ctxbench.settle;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Bounded polling, for waiting outside any measurement until what a program left behind has
 * settled (goroutines still ending, timers still queued): checks a condition, parking the calling
 * thread for a fixed interval between checks, until it holds or a limit passes. The limit is a
 * safety net, not a measurement: the caller reports a wait that gave up (a wait that never ended
 * would hide a leak). Used by the examples' waits ({@code ctxbench.examples.Settle}) and the load
 * experiments' drains.
 */
public final class Poll {
    private Poll() {}

    /**
     * Checks {@code condition} every {@code interval} until it holds (true) or {@code limit} has
     * passed (false). Adds no timer-queue entries: the thread parks with {@link LockSupport}.
     */
    public static boolean until(BooleanSupplier condition, Duration limit, Duration interval) {
        long deadline = System.nanoTime() + limit.toNanos();
        long intervalNanos = interval.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(intervalNanos);
        }
        return true;
    }
}
