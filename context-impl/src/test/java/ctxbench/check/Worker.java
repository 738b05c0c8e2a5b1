package ctxbench.check;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A stress-test body on its own thread, virtual (a goroutine) or platform (a daemon, so that a
 * thread left parked by a bug cannot keep the JVM alive), whose result the test collects with a
 * bounded join.
 *
 * @param <T> what the body returns
 */
final class Worker<T> {
    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;

    /** Starts {@code body} on a new virtual thread if {@code virtual}, else on a new daemon platform thread. */
    Worker(boolean virtual, Callable<T> body) {
        Thread.Builder builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform().daemon();
        thread = builder.name("check-worker").start(() -> {
            try {
                result = body.call();
            } catch (Throwable t) {
                failure = t;
            }
        });
    }

    /**
     * Waits up to {@code timeout} for the body to end and returns its result; fails with
     * {@code hangMessage} if it is still running, and rethrows what it threw.
     */
    T join(Duration timeout, Supplier<String> hangMessage) {
        try {
            if (!thread.join(timeout)) {
                throw new AssertionError(hangMessage.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while joining " + thread, e);
        }
        if (failure != null) {
            throw new AssertionError("worker failed: " + failure, failure);
        }
        return result;
    }
}
