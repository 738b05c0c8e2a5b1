package ctxbench.bench.queues;

import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Holds a timer queue's thread inside a timer's function until closed, so that no other timer of
 * that queue fires meanwhile: a timer created while the queue is held is certainly still pending,
 * however long the machine takes to get to the next line (a CPU hog, a GC pause). Every queue
 * ({@code go-heap}, {@code jdk}, {@code wheel}) runs timer functions on its one thread, and
 * accepts adds, stops and resets while that thread is busy; the held timers fire once it is
 * released, in due order, as they would have.
 */
public final class HeldQueue implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);

    private HeldQueue() {}

    /** Queues a timer due now whose function blocks, and returns once the queue's thread runs it. */
    public static HeldQueue hold(TimerQueue queue) throws InterruptedException {
        HeldQueue held = new HeldQueue();
        CountDownLatch holding = new CountDownLatch(1);
        queue.add(new RuntimeTimer() {
            @Override
            public void run() {
                holding.countDown();
                try {
                    held.release.await();
                } catch (InterruptedException e) { // the queue is being shut down (the wheel's stop)
                    Thread.currentThread().interrupt();
                }
            }
        }, Time.nanotime());
        holding.await(); // the test's timeout is the safety net
        return held;
    }

    /** Lets the queue's thread go on with the timers that are due. */
    @Override
    public void close() {
        release.countDown();
    }
}
