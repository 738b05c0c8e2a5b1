package ctxbench.load;

import ctxbench.runtime.Sched;
import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits, between and after load phases, until what a phase left behind is gone (requests still
 * running, timers still queued, goroutines still alive), so that one phase does not bleed into
 * the next and the counts taken afterwards are complete. Polls every 10 ms on the calling
 * (platform) thread, adding no timer-queue entries (but the one marker of {@link #timerThreadDone},
 * once the queue has drained); gives up after a limit, which the caller reports (a wait that never
 * ends would hide a leak).
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

    /**
     * Waits (at most {@code limit}) until {@code queue}'s thread has finished every timer function
     * it started: queues one marker timer, due at once, and polls until it has run (true), or
     * gives up (false). A timer leaves the queue before its function runs, so a queue whose size
     * is back to where it was may still be running the function of the last timer it took (a
     * context's timer starting its {@code AfterFunc} goroutine); every queue runs its timers one
     * at a time on its own thread, so once the marker has run, so has that function. The marker
     * is the one queue entry a drain adds, after the queue has drained.
     */
    static boolean timerThreadDone(TimerQueue queue, Duration limit) {
        CountDownLatch ran = new CountDownLatch(1);
        queue.add(new RuntimeTimer() {
            @Override
            public void run() {
                ran.countDown();
            }
        }, Time.nanotime());
        return until(() -> ran.getCount() == 0, limit);
    }

    /**
     * Under the {@code go} runtime ({@code ctxbench.sched=go}), waits (at most {@code limit}) until
     * every P of the default scheduler is idle and no goroutine is queued ({@link Sched#idle()}):
     * there the Ps' Ms run the go-heap's timers themselves, several at once, so the one marker of
     * {@link #timerThreadDone} does not show that every other M has finished the timer function it
     * took. True at once under {@code vt}.
     */
    static boolean schedulerIdle(Duration limit) {
        return !"go".equals(Sched.mode()) || until(() -> Sched.get().idle(), limit);
    }
}
