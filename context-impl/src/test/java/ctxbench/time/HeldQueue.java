package ctxbench.time;

import java.util.concurrent.CountDownLatch;

/**
 * Holds a timer queue's thread inside a timer's function until released, so that no other timer
 * of that queue fires meanwhile: timers created while it is held are certainly still pending,
 * whatever the machine's load. Both queues run timer functions on their one thread
 * ({@link GoTimerHeap} with its lock released, so adds, stops and resets go on). A test that
 * fails before releasing leaves only its own fresh queue's daemon thread parked.
 */
final class HeldQueue {
    private final CountDownLatch release = new CountDownLatch(1);

    /** Queues a timer due now whose function blocks, and returns once the queue's thread runs it. */
    HeldQueue(TimerQueue queue) {
        CountDownLatch holding = new CountDownLatch(1);
        queue.add(new QueueTimer(() -> {
            holding.countDown();
            await(release);
        }), Time.nanotime());
        await(holding);
    }

    /** Lets the queue's thread go on with the due timers. */
    void release() {
        release.countDown();
    }

    /** Waits for the latch; the test class's timeout is the safety net. */
    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
