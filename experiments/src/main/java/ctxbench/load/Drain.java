package ctxbench.load;

import ctxbench.runtime.Sched;
import ctxbench.settle.Poll;
import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import ctxbench.workloads.queues.InstalledQueue;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * Waits, between and after load phases, until what a phase left behind is gone (requests still
 * running, timers still queued, goroutines still alive), so that one phase does not bleed into
 * the next and the counts taken afterwards are complete. Polls every 10 ms on the calling
 * (platform) thread, adding no timer-queue entries (but the one marker of {@link #timerFunctionsDone},
 * once the queue has drained); gives up after a limit, which the caller reports (a wait that never
 * ends would hide a leak).
 */
final class Drain {
    private static final Duration POLL = Duration.ofMillis(10);

    private Drain() {
    }

    /** Polls {@code done} until it holds (true) or {@code limit} has passed (false). */
    static boolean until(BooleanSupplier done, Duration limit) {
        return Poll.until(done, limit, POLL);
    }

    /**
     * Waits (at most {@code limit}) until {@code queue} has finished every timer function it
     * started (true), or gives up (false). A timer leaves the queue before its function runs, so a
     * queue whose size is back to where it was may still be running the function of the last
     * timer it took (a context's timer starting its {@code AfterFunc} goroutine). A queue with a
     * thread of its own runs its timers one at a time there: this queues one marker timer, due at
     * once, and once the marker has run, so has that function. The marker is the one queue entry a
     * drain adds, after the queue has drained. The {@code go} scheduler's per-P heaps have no such
     * thread ({@link InstalledQueue#runByScheduler}): their Ms run timer functions while they look
     * for work, never while their P is idle, so this waits until every P is idle and no goroutine
     * is queued (and the goroutines those functions started have run or parked).
     */
    static boolean timerFunctionsDone(TimerQueue queue, Duration limit) {
        if (InstalledQueue.runByScheduler(queue)) {
            return until(() -> Sched.get().idle(), limit);
        }
        CountDownLatch ran = new CountDownLatch(1);
        queue.add(new RuntimeTimer() {
            @Override
            public void run() {
                ran.countDown();
            }
        }, Time.nanotime());
        return until(() -> ran.getCount() == 0, limit);
    }
}
