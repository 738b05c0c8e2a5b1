package ctxbench.load;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits, between and after load phases, until what a phase left behind is gone (requests still
 * running, timers still queued, goroutines still alive), so that one phase does not bleed into
 * the next and the counts taken afterwards are complete. Polls every 10 ms on the calling
 * (platform) thread, adding no timer-queue entries; gives up after a limit, which the caller
 * reports (a wait that never ends would hide a leak).
 */
final class Drain {
    private static final long POLL_NANOS = Duration.ofMillis(10).toNanos();

    private Drain() {
    }

    /** Polls {@code done} until it holds (true) or {@code limit} has passed (false). */
    static boolean until(BooleanSupplier done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }
}
