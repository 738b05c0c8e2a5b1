package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.runtime.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What only {@link GoTimerHeap} promises: Go's lazy deletion (a stopped timer stays in the heap
 * until it surfaces or the heap is compacted), exact 4-ary heap order, and a status machine that
 * cannot deadlock against the timer thread.
 *
 * <p>Go: runtime/time.go ({@code deltimer}, {@code modtimer}, {@code cleantimers},
 * {@code runtimer}, {@code clearDeletedTimers}, {@code siftupTimer}, {@code siftdownTimer}). All
 * through the public API: {@link Time}, {@link Timer}, {@link TimerQueue#size()}.
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GoTimerHeapTest {
    private static final Duration SHORT = Duration.ofMillis(5);

    private TimerQueue previous;
    private GoTimerHeap heap;

    @BeforeEach
    void installHeap() {
        previous = TimerQueues.current();
        heap = new GoTimerHeap();
        TimerQueues.set(heap);
    }

    @AfterEach
    void restoreQueue() {
        TimerQueues.set(previous);
    }

    /**
     * A timer queued from creation until it fires or is stopped, in both {@link TimerMode}s: a
     * function timer (a {@code go1.23} channel timer is queued only while a goroutine waits on it).
     */
    private static Timer pending(Duration d) {
        return Time.afterFunc(d, () -> { });
    }

    /**
     * Stopping is a status change: the entries stay counted by {@code size()} while stopped
     * timers are at most a quarter of the heap; past that, the timer thread's next run compacts
     * the heap ({@code clearDeletedTimers}) and they leave.
     */
    @Test
    void stoppedTimersStayInTheHeapUntilTheTimerThreadCompactsIt() {
        Timer live = pending(Duration.ofHours(1));
        List<Timer> doomed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            doomed.add(pending(Duration.ofHours(2)));
        }
        for (Timer t : doomed.subList(0, 25)) {
            assertTrue(t.stop());
        }
        assertEquals(101, heap.size(), "25 stopped of 101, not over a quarter: still in the heap");

        for (Timer t : doomed.subList(25, 100)) {
            assertTrue(t.stop());
        }
        Time.newTimer(SHORT).c.recv(); // wakes the timer thread, which then compacts the heap
        awaitSize(1);
        assertTrue(live.stop());
    }

    /** Below a quarter of the heap, stopped timers stay until they reach the top. */
    @Test
    void fewStoppedTimersAreNotCompactedAway() {
        List<Timer> timers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            timers.add(pending(Duration.ofHours(1).plusMinutes(i)));
        }
        for (int i = 0; i < 10; i++) {
            assertTrue(timers.get(2 * i + 1).stop());
        }
        Time.newTimer(SHORT).c.recv();
        Time.newTimer(SHORT).c.recv(); // a second wake-up: the first one's checkTimers has finished
        assertEquals(100, heap.size(), "10 of 100 stopped: none removed yet");
        timers.forEach(Timer::stop);
    }

    /**
     * Stopping wakes no one (Go's {@code deltimer} only counts the stopped timer); Go compacts
     * the heap at the P's next {@code checkTimers}, and the heap with a timer thread, which checks
     * only at due times, compacts at its next add instead, whether or not a timer is due.
     * Regression: the heap used to keep every stopped timer until some timer fired.
     */
    @Test
    void stoppingPastAQuarterIsCompactedByTheNextAdd() {
        List<Timer> timers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            timers.add(pending(Duration.ofHours(1)));
        }
        for (Timer t : timers.subList(0, 60)) {
            assertTrue(t.stop());
        }
        Timer added = pending(Duration.ofHours(1));
        assertEquals(41, heap.size(), "60 stopped of 100, over a quarter: the add removed them all");
        added.stop();
        timers.subList(60, 100).forEach(Timer::stop);
    }

    /**
     * Compacting the heap down to nothing (here by the next add) leaves a working heap and timer
     * thread. Regression: the re-heapify after compaction sifted slot 0 of an empty heap, and the
     * NullPointerException killed the timer thread, so no later timer fired.
     */
    @Test
    void compactingEveryTimerAwayKeepsTheTimerThreadAlive() {
        List<Timer> timers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            timers.add(pending(Duration.ofHours(1)));
        }
        timers.forEach(Timer::stop);
        Time.newTimer(SHORT).c.recv(); // the add compacts the 10 away; would block forever with a dead timer thread
        awaitSize(0);
    }

    /** Go's {@code cleantimers}: adding a timer first removes the stopped timers at the top. */
    @Test
    void addRemovesStoppedTimersAtTheTop() {
        List<Timer> stopped = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            stopped.add(pending(Duration.ofHours(1)));
        }
        stopped.forEach(Timer::stop);
        Timer later = pending(Duration.ofHours(2));
        assertEquals(1, heap.size());
        assertTrue(later.stop());
    }

    /** A stopped timer whose time comes is removed without firing. */
    @Test
    void stoppedTimerIsRemovedWhenItSurfaces() {
        HeldQueue held = new HeldQueue(heap);
        Timer stopped = Time.newTimer(Duration.ZERO);
        Timer later = Time.newTimer(Duration.ofNanos(1));
        assertTrue(stopped.stop());
        held.release();
        later.c.recv();
        awaitSize(0);
        assertEquals(0, stopped.c.len());
    }

    /**
     * The 4-ary heap's order, exactly: 500 timers with random due times (ties included, some
     * already past), queued while the timer thread is held, run in non-decreasing due-time order.
     */
    @Test
    void heapRunsTimersInDueTimeOrder() {
        int n = 500;
        Random rnd = new Random(11);
        List<Long> dueTimes = new ArrayList<>();
        List<Long> fired = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allFired = new CountDownLatch(n);
        HeldQueue held = new HeldQueue(heap);
        long base = Time.nanotime();
        for (int i = 0; i < n; i++) {
            dueTimes.add(base + TimeUnit.MICROSECONDS.toNanos(rnd.nextInt(200) * 50L)); // 0..10 ms, with ties
        }
        for (long when : dueTimes) {
            heap.add(new QueueTimer(() -> {
                fired.add(when);
                allFired.countDown();
            }), when);
        }
        held.release();
        HeldQueue.await(allFired);
        List<Long> sorted = new ArrayList<>(dueTimes);
        sorted.sort(null);
        assertEquals(sorted, fired);
    }

    /**
     * Threads moving their own timers earlier and later and stopping them while the timer thread
     * runs and compacts the heap; every timer finally reset to zero must fire. Regression: Reset
     * to an earlier time used to take the heap lock while holding the timer in {@code MODIFYING},
     * and the timer thread, holding the lock, waited for that status to end: a deadlock (Go's
     * {@code modtimer} updates {@code timerModifiedEarliest} atomically, without the lock). It
     * also catches a timer stranded at a stale due time, as when {@code adjusttimers} or
     * {@code clearDeletedTimers} skip a timer being modified instead of waiting for it.
     */
    @Test
    void concurrentResetsAndStopsLeaveNoTimerStranded() {
        List<Task<Void>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int seed = w;
            workers.add(Task.platform(() -> {
                Random rnd = new Random(seed);
                for (int round = 0; round < 300; round++) {
                    Timer t = Time.newTimer(Duration.ofMinutes(10));
                    for (int j = 0; j < 20; j++) {
                        switch (rnd.nextInt(3)) {
                            case 0 -> t.reset(Duration.ofMinutes(1 + rnd.nextInt(20)));
                            case 1 -> t.reset(Duration.ofSeconds(1 + rnd.nextInt(30)));
                            default -> t.stop();
                        }
                    }
                    if (!t.stop()) {
                        t.c.tryRecvDiscard();
                    }
                    t.reset(Duration.ZERO);
                    t.c.recv();
                }
                return null;
            }));
        }
        workers.forEach(Task::join);
    }

    /** Polls {@code size()} until it is {@code expected}; the class timeout is the safety net. */
    private void awaitSize(int expected) {
        while (heap.size() != expected) {
            Thread.yield();
        }
    }
}
