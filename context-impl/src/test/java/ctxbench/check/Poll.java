package ctxbench.check;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Bounded waiting for something that happens asynchronously (a watcher goroutine exiting, a
 * timer thread compacting its heap, the collector clearing a reference): polls a condition, and
 * fails with a message if it never holds within a generous bound. The bound is a safety net, not
 * the thing asserted.
 */
final class Poll {
    /** Far longer than any of the awaited events takes on a loaded machine. */
    static final Duration BOUND = Duration.ofSeconds(20);

    private Poll() {}

    /** Polls {@code condition} until it holds; fails with {@code message} after {@link #BOUND}. */
    static void until(BooleanSupplier condition, Supplier<String> message) {
        until(condition, () -> {}, message);
    }

    /**
     * Polls {@code condition}, running {@code nudge} before each check (to trigger the event, for
     * example {@code System.gc()}); fails with {@code message} after {@link #BOUND}.
     */
    static void until(BooleanSupplier condition, Runnable nudge, Supplier<String> message) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        for (;;) {
            nudge.run();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(message.get() + " (still false after " + BOUND + ")");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while polling", e);
            }
        }
    }
}
