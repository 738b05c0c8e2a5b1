package ctxbench.time;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Timers on the JDK's {@link ScheduledThreadPoolExecutor} with one thread: the JVM's standard
 * answer to Go's timer heap, measured beside it.
 *
 * <p>Its queue is a binary heap under one lock. With the JDK's default policy
 * ({@code removeOnCancel == false}, kept here) a cancelled task stays in the queue until it is
 * due, as a stopped timer stays in Go's heap until it surfaces; {@code removeOnCancel} makes
 * cancel an O(log n) removal instead. Every add allocates a {@code ScheduledFutureTask}.
 */
public final class JdkTimerQueue implements TimerQueue {
    private final ScheduledThreadPoolExecutor executor;

    /** A queue with the JDK's default cancellation policy (cancelled tasks stay queued). */
    public JdkTimerQueue() {
        this(false);
    }

    /** A queue whose cancelled tasks are removed at once if {@code removeOnCancel}. */
    public JdkTimerQueue(boolean removeOnCancel) {
        executor = new ScheduledThreadPoolExecutor(1, r -> Thread.ofPlatform().daemon().name("jdk-timer-queue").unstarted(r));
        executor.setRemoveOnCancelPolicy(removeOnCancel);
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public void add(RuntimeTimer t, long when) {
        t.when = when;
        t.setQueueHandle(executor.schedule(t, when - Time.nanotime(), TimeUnit.NANOSECONDS));
    }

    /** Cancels the scheduled task; true if it had not run yet (Go's Stop result). */
    @Override
    public boolean delete(RuntimeTimer t) {
        return t.queueHandle() instanceof Future<?> f && f.cancel(false);
    }

    @Override
    public boolean modify(RuntimeTimer t, long when) {
        boolean pending = delete(t);
        add(t, when);
        return pending;
    }

    /** Tasks in the executor's queue, including cancelled ones not yet due (with the default policy). */
    @Override
    public int size() {
        return executor.getQueue().size();
    }
}
