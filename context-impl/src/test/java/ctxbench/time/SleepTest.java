package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.runtime.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tests ported from Go 1.23's src/time/sleep_test.go, each named after its Go test in its
 * comment. They hold in both {@link TimerMode}s and run in the current one (the surefire
 * execution {@code timers-go1.23} runs them in {@code go1.23}). Go's tests that retry with longer
 * delays on a loaded machine retry here too; what is asserted is what fired and the booleans,
 * and for {@code After} that it did not fire early — never how long anything took.
 *
 * <p>Not ported: TestSleep, TestAfterFunc, TestAfterTick, TestAfterQueuing and TestAfterTimes
 * (they bound durations; due-time order is {@code TimerContract}'s), TestAfterFuncStarvation
 * and TestTickerConcurrentStress (GOMAXPROCS and preemption), TestIssue5745 and TestZeroTimer*
 * (Go's nil and zero {@code Timer} values, which the model's API cannot make), and the ones
 * {@link TimerContract} already has (TestOverflowSleep, TestTimerModifiedEarlier,
 * TestAdjustTimers). TestStopResult/TestResetResult are in {@code TimerChanTest}.
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SleepTest {
    /** Go: TestAfter: the value arrives no earlier than the delay after the call. */
    @Test
    void after() {
        Duration delay = Duration.ofMillis(20);
        long start = Time.nanotime();
        assertNotNull(Time.after(delay).recv());
        long slept = Time.nanotime() - start;
        assertTrue(slept >= delay.toNanos(), "After(" + delay + ") slept for only " + slept + " ns");
    }

    /** Go: TestAfterStop/impl=chan. */
    @Test
    void afterStopChannelTimer() {
        afterStop(d -> {
            Timer t = Time.newTimer(d);
            return new Stoppable(t, t.c);
        });
    }

    /** Go: TestAfterStop/impl=func (Go's {@code newTimerFunc}: a function timer that sends on its own channel). */
    @Test
    void afterStopFuncTimer() {
        afterStop(d -> {
            Chan<Instant> c = Chan.make(1);
            return new Stoppable(Time.afterFunc(d, () -> c.send(Instant.now())), c);
        });
    }

    /** A timer and the channel its firing sends to. */
    private record Stoppable(Timer timer, Chan<Instant> c) { }

    /**
     * Go: testAfterStop: timers stopped before they run never run, even after a later timer
     * fired; Stop of a stopped timer returns false. Go's delays divided by 5; as in Go, only
     * five failures in a row fail the test.
     */
    private static void afterStop(Function<Duration, Stoppable> newTimer) {
        List<String> errs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Time.afterFunc(Duration.ofMillis(20), () -> { });
            Stoppable t0 = newTimer.apply(Duration.ofMillis(10));
            Chan<Boolean> c1 = Chan.make(1);
            Timer t1 = Time.afterFunc(Duration.ofMillis(30), () -> c1.send(true));
            Chan<Instant> c2 = Time.after(Duration.ofMillis(40));
            if (!t0.timer().stop()) {
                errs.add("failed to stop event 0");
                continue;
            }
            if (!t1.stop()) {
                errs.add("failed to stop event 1");
                continue;
            }
            c2.recv();
            int chosen = Select.selectOrDefault(Case.recv(t0.c()), Case.recv(c1));
            if (chosen == 0) {
                errs.add("event 0 was not stopped");
                continue;
            }
            if (chosen == 1) {
                errs.add("event 1 was not stopped");
                continue;
            }
            if (t1.stop()) {
                errs.add("Stop returned true twice");
                continue;
            }
            return;
        }
        fail(String.join("; ", errs));
    }

    /**
     * Go: TestTimerStopStress, scaled down: function timers stopped well before they are due
     * never run (Go: 100 goroutines, due after 2 s, stopped after 1 s).
     */
    @Test
    void timerStopStress() throws InterruptedException {
        AtomicInteger ran = new AtomicInteger();
        List<Goroutine> gs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            gs.add(Goroutines.go(() -> {
                Timer timer = Time.afterFunc(Duration.ofMillis(300), ran::incrementAndGet);
                Time.sleep(Duration.ofMillis(10));
                timer.stop();
            }));
        }
        joinAll(gs);
        Time.after(Duration.ofMillis(400)).recv(); // past every stopped timer's due time
        assertEquals(0, ran.get(), "stopped timers ran");
    }

    /** Go: TestSleepZeroDeadlock: Sleep(0) between channel operations returns at once while another goroutine runs. */
    @Test
    void sleepZeroDeadlock() {
        Chan<Boolean> c = Chan.make();
        Goroutines.go(() -> {
            for (int i = 0; i < 100; i++) {
                Time.sleep(Duration.ZERO);
            }
            c.send(true);
        });
        for (int i = 0; i < 100; i++) {
            Time.sleep(Duration.ZERO);
            Chan<Boolean> tmp = Chan.make(1);
            tmp.send(true);
            tmp.recv();
        }
        assertTrue(c.recv());
    }

    /**
     * Go: TestReset: Reset of an unfired timer returns true and moves it; Reset of a fired one
     * returns false. As in Go, tried with delays doubling from 1 ms until one run passes.
     */
    @Test
    void reset() throws InterruptedException {
        List<String> errs = new ArrayList<>();
        long d = 1;
        for (int attempt = 0; attempt < 8; attempt++, d *= 2) {
            String err = testReset(d);
            if (err == null) {
                return;
            }
            errs.add(d + "ms: " + err);
        }
        fail(String.join("; ", errs));
    }

    /** Go: testReset(d), {@code d} in milliseconds; null if it passed. */
    private static String testReset(long d) throws InterruptedException {
        Timer t0 = Time.newTimer(Duration.ofMillis(2 * d));
        Thread.sleep(d);
        if (!t0.reset(Duration.ofMillis(3 * d))) {
            return "resetting unfired timer returned false";
        }
        Thread.sleep(2 * d);
        if (t0.c.tryRecv() != null) {
            return "timer fired early";
        }
        Thread.sleep(2 * d);
        if (t0.c.tryRecv() == null) {
            return "reset timer did not fire";
        }
        if (t0.reset(Duration.ofMillis(50))) {
            return "resetting expired timer returned true";
        }
        return null;
    }

    /**
     * Go: TestOverflowPeriodRuntimeTimer (its CheckRuntimeTimerPeriodOverflow): a period timer
     * whose next due time overflows stays due at the largest time when it fires, and the timers
     * behind it still fire.
     */
    @Test
    void overflowPeriodRuntimeTimer() {
        Timer t = Timer.newPeriodTimer(Long.MAX_VALUE);
        t.resetTo(Time.nanotime(), Long.MAX_VALUE); // due now, next period past the largest time
        assertNotNull(t.c.recv());
        assertEquals(Long.MAX_VALUE, t.when(), "next due time saturated");
        assertNotNull(Time.after(Duration.ofMillis(1)).recv(), "a later timer fired");
        assertNull(t.c.tryRecv(), "no second tick");
        t.stop();
    }

    /**
     * Go: TestMultiWakeupTimer, scaled down (4 goroutines, 2,000 rounds): goroutines race on one
     * timer, each taking a value if there is one and resetting it to 1 ns, without a crash or hang.
     */
    @Test
    void multiWakeupTimer() throws InterruptedException {
        Timer timer = Time.newTimer(Duration.ofNanos(1));
        List<Goroutine> gs = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            gs.add(Goroutines.go(() -> {
                for (int i = 0; i < 2_000; i++) {
                    timer.c.tryRecvDiscard();
                    timer.reset(Duration.ofNanos(1));
                }
            }));
        }
        joinAll(gs);
        timer.stop();
    }

    /** Joins every goroutine; the safety net fails the test instead of hanging it. */
    static void joinAll(List<Goroutine> gs) throws InterruptedException {
        for (Goroutine g : gs) {
            assertTrue(g.join(Duration.ofSeconds(Task.SAFETY_NET_SECONDS)), "a goroutine did not return");
        }
    }
}
