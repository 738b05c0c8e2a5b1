package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Go's timer semantics, run against one {@link TimerQueue} implementation per subclass: each
 * test installs a fresh queue with {@link TimerQueues#set} and restores the previous one after.
 *
 * <p>Go: time/sleep.go ({@code NewTimer}, {@code AfterFunc}, {@code Stop}, {@code Reset},
 * {@code sendTime}, {@code goFunc}, {@code when}), runtime/time.go ({@code addtimer},
 * {@code deltimer}, {@code modtimer}) and time/sleep_test.go ({@code TestAfterStop},
 * {@code TestReset}, {@code TestOverflowSleep}, {@code TestTimerModifiedEarlier},
 * {@code TestAdjustTimers}). They hold in both {@link TimerMode}s (the surefire execution
 * {@code timers-go1.23} runs them in {@code go1.23}) unless a test says otherwise. Delays are a
 * few milliseconds; what is asserted is what fired, in
 * which order, and the booleans — never how long it took (the class timeout is a safety net).
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
abstract class TimerContract {
    private static final Duration SHORT = Duration.ofMillis(5);
    private static final Duration LONG = Duration.ofHours(1);

    private TimerQueue previous;
    /** The queue under test, installed for the current test. */
    protected TimerQueue queue;

    /** A new, empty queue of the implementation under test. */
    protected abstract TimerQueue newQueue();

    @BeforeEach
    void installQueue() {
        previous = TimerQueues.current();
        queue = newQueue();
        TimerQueues.set(queue);
    }

    @AfterEach
    void restoreQueue() {
        TimerQueues.set(previous);
    }

    // ---- Stop -----------------------------------------------------------------------------

    @Test
    void stopReturnsTrueOnlyForAPendingTimer() {
        Timer t = Time.newTimer(LONG);
        assertTrue(t.stop(), "stop of a pending timer");
        assertFalse(t.stop(), "second stop");
        assertFalse(t.stop(), "third stop");
    }

    @Test
    void stopAfterFiringReturnsFalse() {
        Timer t = Time.newTimer(SHORT);
        assertNotNull(t.c.recv());
        assertFalse(t.stop());

        CountDownLatch ran = new CountDownLatch(1);
        Timer f = Time.afterFunc(SHORT, ran::countDown);
        await(ran);
        assertFalse(f.stop());
    }

    /**
     * Go: TestAfterStop. A stopped channel timer sends nothing, even after a timer due later
     * fired. The queue is held while the timers are made and stopped, so they are pending then.
     */
    @Test
    void stoppedChannelTimerNeverFires() {
        HeldQueue held = new HeldQueue(queue);
        Timer stopped = Time.newTimer(Duration.ZERO);
        Timer later = Time.newTimer(Duration.ofNanos(1));
        assertTrue(stopped.stop());
        held.release();
        later.c.recv();
        assertEquals(0, stopped.c.len(), "the stopped timer sent a value");
        assertFalse(stopped.stop());
    }

    /** A stopped function timer never runs its function nor starts its goroutine. */
    @Test
    void stoppedFuncTimerNeverRuns() {
        AtomicInteger stoppedRuns = new AtomicInteger();
        long spawns = fewestSpawns(() -> {
            CountDownLatch laterRan = new CountDownLatch(1);
            HeldQueue held = new HeldQueue(queue);
            Timer stopped = Time.afterFunc(Duration.ZERO, stoppedRuns::incrementAndGet);
            Time.afterFunc(Duration.ofNanos(1), laterRan::countDown);
            assertTrue(stopped.stop());
            held.release();
            await(laterRan);
        });
        assertEquals(0, stoppedRuns.get());
        assertEquals(1, spawns, "only the later timer started a goroutine");
    }

    /**
     * Go's contract of Stop: it returns true exactly when it prevented the timer from firing.
     * Timers due at once are stopped after a varying spin, so that some stops land while the
     * queue is firing the timer; each timer either was stopped or sent its value, never both
     * nor neither.
     */
    @Test
    void stopReturnsTrueExactlyWhenTheTimerDoesNotFire() {
        int n = 3_000;
        List<Timer> timers = new ArrayList<>(n);
        boolean[] stopped = new boolean[n];
        for (int i = 0; i < n; i++) {
            Timer t = Time.newTimer(Duration.ZERO);
            spin(i % 64);
            stopped[i] = t.stop();
            timers.add(t);
        }
        Time.newTimer(SHORT).c.recv(); // due after all of them: they are settled now
        int bothOrNeither = 0;
        for (int i = 0; i < n; i++) {
            boolean fired = timers.get(i).c.tryRecv() != null;
            if (fired == stopped[i]) {
                bothOrNeither++;
            }
        }
        assertEquals(0, bothOrNeither, "timers whose stop() result disagrees with whether they fired");
    }

    // ---- Reset ----------------------------------------------------------------------------

    @Test
    void resetOfPendingTimerReturnsTrue() {
        Timer t = Time.newTimer(LONG);
        assertTrue(t.reset(SHORT), "reset of a pending timer");
        assertNotNull(t.c.recv());
    }

    /** A timer reset while pending fires once, at its new time only (the old one is dropped). */
    @Test
    void resetOfPendingTimerFiresOnce() {
        HeldQueue held = new HeldQueue(queue);
        Timer t = Time.newTimer(Duration.ZERO);
        assertTrue(t.reset(Duration.ofNanos(1)));
        Timer later = Time.newTimer(Duration.ofNanos(2));
        held.release();
        later.c.recv();
        assertNotNull(t.c.tryRecv(), "fired");
        Time.newTimer(Duration.ZERO).c.recv();
        assertNull(t.c.tryRecv(), "fired once");
    }

    @Test
    void resetAfterFiringReturnsFalseAndFiresAgain() {
        Timer t = Time.newTimer(SHORT);
        t.c.recv();
        assertFalse(t.reset(SHORT));
        assertNotNull(t.c.recv(), "fired again");
        assertFalse(t.reset(LONG));
        assertTrue(t.stop(), "pending again after reset");
    }

    @Test
    void resetAfterStopReturnsFalseAndFiresAgain() {
        Timer t = Time.newTimer(LONG);
        assertTrue(t.stop());
        assertFalse(t.reset(SHORT));
        assertNotNull(t.c.recv());
        assertFalse(t.stop());
    }

    @Test
    void resetFuncTimerRunsItAgainInANewGoroutine() {
        AtomicInteger runs = new AtomicInteger();
        Chan<Integer> ran = Chan.make(2);
        Timer t = Time.afterFunc(SHORT, () -> ran.send(runs.incrementAndGet()));
        assertEquals(1, ran.recv());
        assertFalse(t.reset(SHORT));
        assertEquals(2, ran.recv());
    }

    /** A timer reset to the past fires at once (Go: TestTimerModifiedEarlier, reduced). */
    @Test
    void resetToThePastFiresPromptly() {
        for (int i = 0; i < 200; i++) {
            Timer t = Time.newTimer(LONG);
            for (int j = 0; j < 10; j++) {
                if (!t.stop()) {
                    t.c.recv();
                }
                t.reset(Duration.ofSeconds(-1));
            }
            assertNotNull(t.c.recv());
        }
    }

    /**
     * Go: TestAdjustTimers. Timers are moved earlier and later and stopped in random interleaving;
     * each Reset returns Go's boolean and the final zero-delay Reset fires.
     */
    @Test
    void timersMovedEarlierAndLaterStillFire() {
        Random rnd = new Random(47762);
        int n = 100;
        Timer[] timers = new Timer[n];
        int[] states = new int[n];
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            live.add(i);
        }
        while (!live.isEmpty()) {
            int ii = rnd.nextInt(live.size());
            int i = live.get(ii);
            Timer t = timers[i];
            switch (states[i]++) {
                case 0 -> timers[i] = Time.newTimer(Duration.ZERO);
                case 1 -> t.c.recv(); // now idle
                case 2 -> assertFalse(t.reset(Duration.ofMinutes(1)), "shouldn't be active (1)");
                case 4 -> assertFalse(t.reset(Duration.ofMinutes(3)), "shouldn't be active (3)");
                case 6 -> assertFalse(t.reset(Duration.ofMinutes(2)), "shouldn't be active (2)");
                case 3, 5, 7 -> {
                    if (!t.stop()) {
                        t.c.recv();
                    }
                }
                case 8 -> assertFalse(t.reset(Duration.ZERO), "reset of a stopped timer returned true");
                case 9 -> t.c.recv();
                default -> live.remove(ii);
            }
        }
    }

    // ---- Firing ---------------------------------------------------------------------------

    /** Go: {@code goFunc}. A function timer starts exactly one goroutine, which runs the function. */
    @Test
    void afterFuncFiresInExactlyOneNewGoroutine() {
        Chan<Boolean> onGoroutine = Chan.make(1);
        long spawns = fewestSpawns(() -> {
            Time.afterFunc(SHORT, () -> onGoroutine.send(Goroutines.onGoroutine()));
            assertTrue(onGoroutine.recv(), "the function runs in a goroutine, not on the timer thread");
        });
        assertEquals(1, spawns);
    }

    /**
     * Go: {@code sendTime}. A channel timer sends one value inline: no goroutine. Go 1.19's
     * buffered timer channel ({@code go1.19}); {@code TimerChanTest} has Go 1.23's counterpart.
     */
    @Test
    void channelTimerFiresWithoutAGoroutineLeavingOneValue() {
        assumeTrue(TimerMode.current() == TimerMode.GO1_19, "go1.23 timer channels are unbuffered to users and fire lazily");
        List<Timer> fired = new ArrayList<>();
        long spawns = fewestSpawns(() -> {
            Timer t = Time.newTimer(SHORT);
            assertEquals(1, t.c.cap());
            awaitLen(t.c, 1);
            fired.add(t);
        });
        assertEquals(0, spawns, "a channel timer started a goroutine");
        Timer t = fired.get(0);
        Time.newTimer(SHORT).c.recv(); // a later timer fired: nothing more will come
        assertEquals(1, t.c.len());
        Instant sent = t.c.tryRecv().value();
        assertNotNull(sent);
        assertNull(t.c.tryRecv());
    }

    @Test
    void afterReturnsTheTimersChannel() {
        Chan<Instant> c = Time.after(SHORT);
        assertEquals(TimerMode.current() == TimerMode.GO1_23 ? 0 : 1, c.cap(), "Go 1.23 timer channels report cap 0");
        assertNotNull(c.recv());
    }

    /** Go: {@code when(d)} with {@code d <= 0} is now: the timer is due at once. */
    @Test
    void zeroAndNegativeDurationsFirePromptly() {
        for (Duration d : List.of(Duration.ZERO, Duration.ofNanos(-1), Duration.ofSeconds(-5), Duration.ofSeconds(Long.MIN_VALUE))) {
            long before = Time.nanotime();
            Timer t = Time.newTimer(d);
            assertTrue(t.when() >= before && t.when() <= Time.nanotime(), d + ": due now, not in the past: " + t.when());
            assertNotNull(t.c.recv(), d.toString());
            CountDownLatch ran = new CountDownLatch(1);
            Time.afterFunc(d, ran::countDown);
            await(ran);
        }
    }

    /**
     * Go: TestOverflowSleep. A duration too long for {@code now + d} saturates at the largest
     * time instead of wrapping into the past; such a timer stays pending and does not hold up
     * the timers behind it.
     */
    @Test
    void veryLongDurationsDoNotOverflow() {
        Timer max = Time.newTimer(Duration.ofSeconds(Long.MAX_VALUE));
        Timer centuries = Time.newTimer(Duration.ofDays(365 * 300));
        Timer maxNanos = Time.newTimer(Duration.ofNanos(Long.MAX_VALUE));
        Timer twoCenturies = Time.newTimer(Duration.ofDays(365 * 200));
        assertEquals(Long.MAX_VALUE, max.when());
        assertEquals(Long.MAX_VALUE, centuries.when());
        assertEquals(Long.MAX_VALUE, maxNanos.when());
        assertTrue(twoCenturies.when() >= Duration.ofDays(365 * 200).toNanos(), "due in two centuries: " + twoCenturies.when());

        Time.newTimer(SHORT).c.recv(); // a short timer behind them fires
        for (Timer t : List.of(max, centuries, maxNanos, twoCenturies)) {
            assertEquals(0, t.c.len(), "a very long timer fired");
        }
        assertTrue(max.reset(Duration.ofSeconds(Long.MAX_VALUE)), "still pending");
        assertEquals(Long.MAX_VALUE, max.when());
        for (Timer t : List.of(max, centuries, maxNanos, twoCenturies)) {
            assertTrue(t.stop(), "still pending");
        }
    }

    /**
     * {@link TimerQueue#size()} counts the queued timers; fired timers leave the queue. Function
     * timers are queued from creation in both {@link TimerMode}s (go1.23 queues a channel timer
     * only while a goroutine waits on it).
     */
    @Test
    void sizeCountsQueuedTimers() {
        assertEquals(0, queue.size());
        List<Timer> pending = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pending.add(Time.afterFunc(LONG, () -> { }));
        }
        assertEquals(5, queue.size());
        Time.newTimer(SHORT).c.recv();
        assertEquals(5, queue.size(), "the fired timer left the queue");
        pending.forEach(Timer::stop);
    }

    /**
     * The queue runs timers in due-time order. While the queue is held, 60 timers are queued in
     * random order, due on a 1 ms grid starting {@code offset} from now; the queue then runs
     * them on its one thread, each recording its due time: the record must be sorted. The grid
     * keeps due times far apart, as the JDK queue turns a due time into a delay by reading the
     * clock again (a shift of nanoseconds). The JDK queue also runs timers that were already due
     * when added in the order added, so an attempt whose adds outlasted {@code offset} (a loaded
     * machine) is repeated with a longer one.
     */
    @Test
    void timersFireInDueTimeOrder() {
        for (long offsetMillis : new long[] {20, 200, 2_000}) {
            if (firesInDueTimeOrder(TimeUnit.MILLISECONDS.toNanos(offsetMillis))) {
                return;
            }
        }
        fail("the adds outlasted every offset: the order could not be checked");
    }

    /** One attempt of {@link #timersFireInDueTimeOrder}: false if the adds took longer than {@code offset}. */
    private boolean firesInDueTimeOrder(long offset) {
        int n = 60;
        List<Long> dueTimes = new ArrayList<>();
        List<Long> fired = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allFired = new CountDownLatch(n);
        HeldQueue held = new HeldQueue(queue);
        long base = Time.nanotime() + offset;
        for (int i = 0; i < n; i++) {
            dueTimes.add(base + TimeUnit.MILLISECONDS.toNanos(i));
        }
        Collections.shuffle(dueTimes, new Random(7));
        for (long when : dueTimes) {
            queue.add(new QueueTimer(() -> {
                fired.add(when);
                allFired.countDown();
            }), when);
        }
        boolean addedInTime = Time.nanotime() < base;
        held.release();
        await(allFired);
        if (!addedInTime) {
            return false;
        }
        List<Long> sorted = new ArrayList<>(dueTimes);
        sorted.sort(null);
        assertEquals(sorted, fired, "timers ran out of due-time order");
        return true;
    }

    // ---- Helpers --------------------------------------------------------------------------

    /**
     * The fewest goroutines {@link Goroutines#spawned()} counted while {@code scenario} ran, over
     * three runs. The counter is global: a goroutine started meanwhile by something else (a
     * leftover timer of another test class) can only add to a run's count, so the minimum is
     * what the scenario itself started.
     */
    private static long fewestSpawns(Runnable scenario) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = Goroutines.spawned();
            scenario.run();
            fewest = Math.min(fewest, Goroutines.spawned() - before);
        }
        return fewest;
    }

    /** Waits for the latch; the class timeout is the safety net. */
    static void await(CountDownLatch latch) {
        HeldQueue.await(latch);
    }

    /** Waits until {@code c} holds {@code len} values, without receiving them. */
    static void awaitLen(Chan<?> c, int len) {
        while (c.len() < len) {
            Thread.yield();
        }
    }

    /** Busy-waits for about {@code micros} microseconds, to spread a race over its window. */
    private static void spin(int micros) {
        long end = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(micros);
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
