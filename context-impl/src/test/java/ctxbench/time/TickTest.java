package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.runtime.Case;
import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.runtime.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tests ported from Go 1.23's src/time/tick_test.go, each named after its Go test in its
 * comment. They hold in both {@link TimerMode}s and run in the current one (the surefire
 * execution {@code timers-go1.23} runs them in {@code go1.23}); TestChan and TestTimerGC are in
 * {@code TimerChanTest}, which sets {@code go1.23}. What is asserted is which ticks arrive,
 * never how long they took.
 *
 * <p>Not ported: TestTickerStopWithDirectInitialization and TestManualTicker (a {@code Ticker}
 * literal without a runtime timer, which the model's API cannot make), TestLongAdjustTimers
 * (preemption and GOMAXPROCS), TestTickerStress/TestTickTimes (durations).
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TickTest {
    /**
     * Go: TestTicker, without its bounds on the elapsed time: a ticker delivers ticks, Reset
     * changes its period, and after Stop (and, in {@code go1.19}, taking a tick sent just
     * before it) no tick arrives.
     */
    @Test
    void ticker() throws InterruptedException {
        int count = 10;
        Duration delta = Duration.ofMillis(2);
        Ticker ticker = Time.newTicker(delta);
        for (int i = 0; i < count / 2; i++) {
            assertNotNull(ticker.c.recv());
        }
        ticker.reset(delta.multipliedBy(2));
        for (int i = 0; i < count - count / 2; i++) {
            assertNotNull(ticker.c.recv());
        }
        ticker.stop();
        ticker.c.tryRecvDiscard(); // go1.19: a tick may have been buffered before the Stop
        Thread.sleep(delta.multipliedBy(5).toMillis());
        assertNull(ticker.c.tryRecv(), "Ticker did not shut down");
    }

    /** Go: TestTeardown: tickers made, read once and stopped, in turn. */
    @Test
    void teardown() {
        for (int i = 0; i < 3; i++) {
            Ticker ticker = Time.newTicker(Duration.ofMillis(20));
            assertNotNull(ticker.c.recv());
            ticker.stop();
        }
    }

    /** Go: TestTick: Tick of a non-positive duration is nil; of a positive one, a channel of ticks. */
    @Test
    void tick() {
        assertNull(Time.tick(Duration.ofNanos(-1)), "Tick(-1)");
        assertNull(Time.tick(Duration.ZERO), "Tick(0)");
        assertNotNull(Time.tick(Duration.ofMillis(1)).recv());
    }

    /** Go: TestNewTickerLtZeroDuration: NewTicker(-1) panics with Go's message. */
    @Test
    void newTickerLtZeroDuration() {
        GoPanic p = assertThrows(GoPanic.class, () -> Time.newTicker(Duration.ofNanos(-1)));
        assertEquals("non-positive interval for NewTicker", p.getMessage());
        assertThrows(GoPanic.class, () -> Time.newTicker(Duration.ZERO));
    }

    /** Go: TestTickerResetLtZeroDuration: Reset(0) panics with Go's message. */
    @Test
    void tickerResetLtZeroDuration() {
        Ticker tk = Time.newTicker(Duration.ofSeconds(1));
        GoPanic p = assertThrows(GoPanic.class, () -> tk.reset(Duration.ZERO));
        assertEquals("non-positive interval for Ticker.Reset", p.getMessage());
        tk.stop();
    }

    /**
     * A slow receiver misses ticks: the channel holds at most one, and missed periods are skipped
     * (Go: {@code sendTime}'s non-blocking send, {@code runOneTimer}/{@code unlockAndRun}'s
     * {@code when + period·n}). After 50 periods unread, a handful of ticks at most can be taken
     * without waiting.
     */
    @Test
    void slowReceiverMissesTicks() throws InterruptedException {
        Ticker tk = Time.newTicker(Duration.ofMillis(1));
        Thread.sleep(50);
        int ready = 0;
        while (tk.c.tryRecv() != null) {
            ready++;
        }
        tk.stop();
        assertTrue(ready >= 1 && ready <= 5, "ticks ready after 50 periods unread: " + ready);
    }

    /**
     * Go: TestMultiWakeupTicker, scaled down (4 goroutines, 1,000 rounds): goroutines select on
     * one fast ticker and a fresh After, without a crash or hang.
     */
    @Test
    void multiWakeupTicker() throws InterruptedException {
        Ticker timer = Time.newTicker(Duration.ofNanos(1_000));
        List<Goroutine> gs = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            gs.add(Goroutines.go(() -> {
                for (int i = 0; i < 1_000; i++) {
                    Select.select(Case.recv(timer.c), Case.recv(Time.after(Duration.ofMillis(1))));
                }
            }));
        }
        SleepTest.joinAll(gs);
        timer.stop();
    }
}
