package ctxbench.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * A piece of a test running on its own thread (virtual, like a goroutine, or platform), whose
 * result or exception the test collects, and whose parking the test can wait for.
 *
 * <p>Go's tests start goroutines and sleep "to make sure it is queued"; the model's blocking
 * operations park through {@code LockSupport}, so {@link #awaitParked()} waits for the thread to
 * be in {@link Thread.State#WAITING} instead of sleeping. The waits here are safety nets against
 * hangs (generous deadlines); nothing asserts how long anything took.
 *
 * @param <T> what the body returns
 */
public final class Task<T> {
    /** Safety net for joins and parking waits: far longer than any correct test needs. */
    public static final long SAFETY_NET_SECONDS = 20;

    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;

    private Task(Thread.Builder builder, Callable<T> body) {
        thread = builder.unstarted(() -> {
            try {
                result = body.call();
            } catch (Throwable t) {
                failure = t;
            }
        });
        thread.start();
    }

    /** Runs {@code body} on a new virtual thread (the model's goroutine). */
    public static <T> Task<T> virtual(Callable<T> body) {
        return new Task<>(Thread.ofVirtual().name("test-task"), body);
    }

    /** Runs {@code body} on a new daemon platform thread. */
    public static <T> Task<T> platform(Callable<T> body) {
        return new Task<>(Thread.ofPlatform().daemon().name("test-task"), body);
    }

    /** Runs {@code body} on a virtual thread if {@code virtual}, else on a platform thread. */
    public static <T> Task<T> start(boolean virtual, Callable<T> body) {
        return virtual ? virtual(body) : platform(body);
    }

    /** Runs {@code body}, which returns nothing, on a new virtual thread. */
    public static Task<Void> run(Runnable body) {
        return virtual(() -> {
            body.run();
            return null;
        });
    }

    /** The thread the body runs on. */
    public Thread thread() {
        return thread;
    }

    /** Waits for the body to finish and returns its result; fails the test if it threw or hung. */
    public T join() {
        awaitEnd();
        if (failure != null) {
            throw new AssertionError("task failed: " + failure, failure);
        }
        return result;
    }

    /** Waits for the body to finish and returns what it threw; fails the test if it returned normally. */
    public Throwable joinFailure() {
        awaitEnd();
        if (failure == null) {
            fail("task returned " + result + " instead of throwing");
        }
        return failure;
    }

    /** True while the body runs. */
    public boolean isAlive() {
        return thread.isAlive();
    }

    /**
     * Waits until the thread is parked ({@link Thread.State#WAITING}): the only way a channel
     * operation or select waits, so it is then queued on its channels.
     */
    public Task<T> awaitParked() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SAFETY_NET_SECONDS);
        while (thread.getState() != Thread.State.WAITING) {
            if (!thread.isAlive()) {
                fail("task ended instead of parking: result " + result + ", failure " + failure);
            }
            if (System.nanoTime() > deadline) {
                fail("task did not park; state " + thread.getState());
            }
            Thread.onSpinWait();
            Thread.yield();
        }
        return this;
    }

    private void awaitEnd() {
        try {
            if (!thread.join(java.time.Duration.ofSeconds(SAFETY_NET_SECONDS))) {
                fail("task still running after " + SAFETY_NET_SECONDS + " s (state " + thread.getState() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while joining a task");
        }
    }
}
