package ctxbench.time;

import ctxbench.runtime.VarHandles;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
 * cancel an O(log n) removal instead. Every add allocates a {@code ScheduledFutureTask} and a
 * {@link Scheduled} claim (a small object with a flag), which gives Stop Go's result: a
 * {@code Future}'s cancel alone also "succeeds" while the task is already running.
 *
 * <p>Unlike Go's heap, the executor orders tasks by a trigger time it derives from a delay: a
 * timer added when its due time has already passed is queued at "now" (the executor clamps
 * negative delays to zero), so past-due timers run in the order they were added, not in
 * due-time order.
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
        Scheduled s = new Scheduled(t);
        s.future = executor.schedule(s, when - Time.nanotime(), TimeUnit.NANOSECONDS);
        t.setQueueHandle(s);
    }

    /**
     * Stops the timer; true if that kept it from running (Go's Stop result): false if it already
     * ran, is running now, or was stopped.
     */
    @Override
    public boolean delete(RuntimeTimer t) {
        synchronized (t) { // Go: a timer in MODIFYING makes deltimer wait for the Reset to finish
            if (t.queueHandle() instanceof Scheduled s && s.claim()) {
                s.future.cancel(false);
                return true;
            }
            return false;
        }
    }

    /**
     * Cancels the current scheduling and schedules anew, as one step per timer (the timer's
     * monitor), so that concurrent Resets and Stops see Go's results: each Reset of a pending
     * timer reports it active, and no scheduling escapes a later Stop.
     */
    @Override
    public boolean modify(RuntimeTimer t, long when) {
        synchronized (t) {
            boolean pending = delete(t);
            add(t, when);
            return pending;
        }
    }

    /** Tasks in the executor's queue, including cancelled ones not yet due (with the default policy). */
    @Override
    public int size() {
        return executor.getQueue().size();
    }

    /**
     * One scheduling of a timer: the task the executor runs, and the flag that the run and a
     * stop race for, so that exactly one of them wins (as Go's status CAS to {@code timerRunning}
     * or {@code timerDeleted} lets only one side proceed). A reset schedules a new one.
     */
    private static final class Scheduled implements Runnable {
        private static final VarHandle CLAIMED = VarHandles.field(MethodHandles.lookup(), Scheduled.class, "claimed", boolean.class);

        private final RuntimeTimer timer;
        @SuppressWarnings("unused") // accessed through CLAIMED
        private volatile boolean claimed;
        /** The executor's task; written before the timer's queue handle publishes this object. */
        Future<?> future;

        Scheduled(RuntimeTimer timer) {
            this.timer = timer;
        }

        /** Takes this scheduling for a run or a stop; true for the first caller only. */
        boolean claim() {
            return CLAIMED.compareAndSet(this, false, true);
        }

        @Override
        public void run() {
            if (claim()) {
                timer.run();
            }
        }
    }
}
