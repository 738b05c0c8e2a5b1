package ctxbench.bench.propagation;

import ctxbench.runtime.Goroutines;
import java.time.Duration;

/**
 * Waits, outside any measurement, until the goroutines a benchmark started have returned, so that
 * one iteration does not inherit (and pay for) the leftovers of the one before, and a goroutine
 * that never ends shows up as an error instead of a slow result.
 *
 * <p>Mirrors {@code settle.Goroutines} of the Go mirror (experiments/go/internal/settle), with
 * {@link Goroutines#running()} in place of {@code runtime.NumGoroutine()}.
 */
public final class GoroutineSettle {
    private GoroutineSettle() {}

    /**
     * Returns once at most {@code base} goroutines are running (base = the count taken before the
     * benchmark started any), polling every millisecond.
     *
     * @throws IllegalStateException if that has not happened within {@code limit}: a leak
     */
    public static void await(long base, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (long n; (n = Goroutines.running()) > base; ) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("settle: " + n + " goroutines still running " + limit
                        + " after the benchmark (expected " + base + ")");
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("settle: interrupted while waiting for goroutines", e);
            }
        }
    }
}
