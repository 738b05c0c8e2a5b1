package ctxbench.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Concurrent Stop and Reset (Go: {@code deltimer}, {@code modtimer}) of one timer from several
 * goroutines, on each timer queue, driven through the {@link TimerQueue} interface with a timer
 * that counts its firings on the queue's thread.
 *
 * <p>Go's rules: every arming (the add, and each reset) ends exactly once: by firing, by a Stop
 * that returns true, or by a Reset that returns true (it replaced a pending arming). So with
 * nothing pending at the end, {@code fires + trueStops + trueResets == 1 + resets}: a double
 * fire, a lost fire or a wrong boolean breaks it. A timer that cannot have fired yet is pending
 * throughout, so every Reset must report it active, and exactly one of several concurrent Stops
 * must return true, after which it never fires. No operation may throw.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TimerRaceTest {
    static final List<String> QUEUES = List.of(TimerQueueKinds.NAMES);
    private static final int GOROUTINES = 4;
    private static final long SHORT_NANOS = TimeUnit.MICROSECONDS.toNanos(300);
    private static final long LONG_NANOS = TimeUnit.HOURS.toNanos(1);
    private static final long ARMING_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** Stops and resets (to 0–300 µs) racing the timer's firings; the accounting must balance. */
    @ParameterizedTest
    @FieldSource("QUEUES")
    void everyArmingEndsExactlyOnceUnderConcurrentStopAndReset(String queueName) {
        TimerQueue queue = TimerQueues.named(queueName);
        long deadline = System.nanoTime() + Budget.stress().toNanos();
        do {
            CountingTimer timer = new CountingTimer();
            queue.add(timer, Time.nanotime() + SHORT_NANOS);
            AtomicInteger resets = new AtomicInteger();
            AtomicInteger trueResets = new AtomicInteger();
            AtomicInteger trueStops = new AtomicInteger();
            runGoroutines(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                for (int i = 0; i < 500; i++) {
                    if (rnd.nextBoolean()) {
                        count(queue.delete(timer), trueStops);
                    } else {
                        resets.incrementAndGet();
                        count(queue.modify(timer, Time.nanotime() + rnd.nextLong(SHORT_NANOS)), trueResets);
                    }
                }
            });
            count(queue.delete(timer), trueStops);
            awaitQueueRanEverythingDueBefore(queue, Time.nanotime() + SHORT_NANOS);
            assertEquals(1 + resets.get(), timer.fires.get() + trueStops.get() + trueResets.get(),
                    queueName + ": armings (1 + resets) != fires " + timer.fires + " + true stops " + trueStops
                            + " + true resets " + trueResets);
        } while (System.nanoTime() < deadline);
    }

    /**
     * A timer two seconds away, reset to two seconds from now by many threads at once, is active
     * throughout: every Reset must say so, the final Stop must stop it, and it must then never
     * fire (an arming that a racing Reset orphaned would fire after that Stop). Skipped if the
     * resets took so long that the timer could legitimately fire meanwhile.
     */
    @ParameterizedTest
    @FieldSource("QUEUES")
    void concurrentResetsOfAPendingTimerAllReportItActive(String queueName) {
        TimerQueue queue = TimerQueues.named(queueName);
        CountingTimer timer = new CountingTimer();
        long started = Time.nanotime();
        queue.add(timer, started + ARMING_NANOS);
        AtomicInteger falseResets = new AtomicInteger();
        runGoroutines(() -> {
            for (int i = 0; i < 2_000; i++) {
                if (!queue.modify(timer, Time.nanotime() + ARMING_NANOS)) {
                    falseResets.incrementAndGet();
                }
            }
        });
        boolean stopped = queue.delete(timer);
        long stoppedAt = Time.nanotime();
        assumeTrue(stoppedAt - started < ARMING_NANOS, "the resets outlasted the arming; nothing to conclude");
        assertEquals(0, falseResets.get(), queueName + ": resets of an active timer that reported it inactive");
        assertTrue(stopped, queueName + ": Stop of the active timer");
        awaitQueueRanEverythingDueBefore(queue, stoppedAt + ARMING_NANOS);
        assertEquals(0, timer.fires.get(), queueName + ": the timer fired after Stop returned true");
    }

    /** Of several goroutines stopping one pending timer at once, exactly one stops it. */
    @ParameterizedTest
    @FieldSource("QUEUES")
    void exactlyOneOfConcurrentStopsStopsAPendingTimer(String queueName) {
        TimerQueue queue = TimerQueues.named(queueName);
        for (int round = 0; round < 200; round++) {
            CountingTimer timer = new CountingTimer();
            queue.add(timer, Time.nanotime() + LONG_NANOS);
            AtomicInteger trueStops = new AtomicInteger();
            runGoroutines(() -> count(queue.delete(timer), trueStops));
            assertEquals(1, trueStops.get(), queueName + ": Stops that returned true");
        }
    }

    private static void count(boolean result, AtomicInteger trues) {
        if (result) {
            trues.incrementAndGet();
        }
    }

    /**
     * Runs {@code body} on {@value #GOROUTINES} threads at once and waits for them; rethrows what
     * they threw. Half are virtual threads (goroutines), half platform threads, which the OS
     * preempts anywhere (virtual threads switch only where they block), to widen the races.
     */
    private static void runGoroutines(Runnable body) {
        List<Worker<Void>> workers = new ArrayList<>();
        for (int i = 0; i < GOROUTINES; i++) {
            workers.add(new Worker<>(i % 2 == 0, () -> {
                body.run();
                return null;
            }));
        }
        workers.forEach(w -> w.join(Poll.BOUND, () -> "a goroutine stopping and resetting the timer did not finish"));
    }

    /**
     * Both queues run due timers one at a time in due-time order on one thread, so once a
     * sentinel due at {@code when} ran, every arming due earlier has fired or been removed.
     */
    private static void awaitQueueRanEverythingDueBefore(TimerQueue queue, long when) {
        CountingTimer sentinel = new CountingTimer();
        queue.add(sentinel, when);
        Poll.until(() -> sentinel.fires.get() == 1, () -> "the sentinel timer did not fire");
    }

    /** A runtime timer whose function counts its firings (it runs on the queue's thread). */
    private static final class CountingTimer extends RuntimeTimer {
        final AtomicInteger fires = new AtomicInteger();

        @Override
        public void run() {
            fires.incrementAndGet();
        }
    }
}
