package ctxbench.workloads.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link WheelTimerQueue} keeps the {@code TimerQueue} contract: Go's Stop/Reset booleans, each timer fires once. */
@Timeout(10)
class WheelTimerQueueTest {
    private static final long HOUR = TimeUnit.HOURS.toNanos(1);
    private final WheelTimerQueue wheel = new WheelTimerQueue();

    /** A timer that counts its runs and releases a permit per run. */
    private static final class CountingTimer extends RuntimeTimer {
        final AtomicInteger runs = new AtomicInteger();
        final Semaphore ran = new Semaphore(0);

        @Override
        public void run() {
            runs.incrementAndGet();
            ran.release();
        }
    }

    @AfterEach
    void stopWheel() {
        wheel.close();
    }

    private void awaitEmpty() throws InterruptedException {
        while (wheel.size() != 0) {
            Thread.sleep(1); // the wheel removes fired and cancelled entries on its next 1 ms tick
        }
    }

    @Test
    void aDueTimerFiresOnceAndLeavesTheQueue() throws InterruptedException {
        CountingTimer t = new CountingTimer();
        wheel.add(t, Time.nanotime());
        t.ran.acquire();
        awaitEmpty();
        Thread.sleep(5); // five more ticks: a second run would show
        assertEquals(1, t.runs.get());
        assertFalse(wheel.delete(t), "Stop of a fired timer");
    }

    @Test
    void stopOfAPendingTimerReturnsTrueOnceAndItNeverFires() throws InterruptedException {
        CountingTimer t = new CountingTimer();
        wheel.add(t, Time.nanotime() + HOUR);
        assertEquals(1, wheel.size());
        assertTrue(wheel.delete(t));
        assertFalse(wheel.delete(t), "second Stop");
        awaitEmpty();
        assertEquals(0, t.runs.get());
    }

    @Test
    void resetOfAPendingTimerReturnsTrueAndItFiresOnceAtTheNewTime() throws InterruptedException {
        CountingTimer t = new CountingTimer();
        wheel.add(t, Time.nanotime() + HOUR);
        assertTrue(wheel.modify(t, Time.nanotime()));
        t.ran.acquire();
        awaitEmpty();
        assertEquals(1, t.runs.get());
    }

    @Test
    void resetOfAFiredTimerReturnsFalseAndQueuesItAgain() throws InterruptedException {
        CountingTimer t = new CountingTimer();
        wheel.add(t, Time.nanotime());
        t.ran.acquire();
        assertFalse(wheel.modify(t, Time.nanotime()));
        t.ran.acquire();
        assertEquals(2, t.runs.get());
    }

    @Test
    void resetOfAStoppedTimerReturnsFalseAndQueuesItAgain() throws InterruptedException {
        CountingTimer t = new CountingTimer();
        wheel.add(t, Time.nanotime() + HOUR);
        assertTrue(wheel.delete(t));
        assertFalse(wheel.modify(t, Time.nanotime() + HOUR));
        assertTrue(wheel.delete(t), "the re-queued timer is pending");
    }

    @Test
    void sizeCountsEveryPendingTimer() {
        for (int i = 0; i < 1000; i++) {
            wheel.add(new CountingTimer(), Time.nanotime() + HOUR);
        }
        assertEquals(1000, wheel.size());
        assertEquals("wheel", wheel.name());
    }
}
