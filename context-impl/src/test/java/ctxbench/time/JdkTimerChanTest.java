package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ctxbench.runtime.Task;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Go 1.23's synchronous channel timers ({@link TimerMode#GO1_23}) on {@link JdkTimerQueue}, the
 * JVM's scheduled executor: what {@link TimerChanTest} asserts of the Go heap that does not look
 * into a heap — Go's testTimerChan for a timer, lazy firing on the receiver, Stop and Reset results
 * under races, no stale value after Stop, and collection of unreferenced timers. The timer is
 * scheduled on the executor only while a goroutine is blocked on its channel. (Tickers need the Go
 * heap: TimerModeTest.)
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JdkTimerChanTest {
    private static final Duration LONG = Duration.ofSeconds(10_000);

    private TimerMode previousMode;
    private TimerQueue previousQueue;

    @BeforeEach
    void installGo123OnTheJdkQueue() {
        previousMode = TimerMode.current();
        previousQueue = TimerQueues.current();
        TimerQueues.set(new JdkTimerQueue());
        TimerMode.set(TimerMode.GO1_23);
    }

    @AfterEach
    void restore() {
        TimerMode.set(previousMode);
        TimerQueues.set(previousQueue);
    }

    /** Go: TestChan/asynctimerchan=0/Timer. */
    @Test
    void timerChan() throws InterruptedException {
        TimerChanTest.testTimerChan(Time.newTimer(LONG));
    }

    /** A due timer nobody waited on sends when a receive looks, and only once. */
    @Test
    void dueTimerFiresLazilyOnTheReceiver() {
        Timer t = Time.newTimer(Duration.ZERO);
        assertNotNull(t.c.tryRecv(), "a due timer sends when looked at");
        assertNull(t.c.tryRecv(), "a one-shot timer fires once");
        assertFalse(t.stop(), "fired and received");
    }

    /** Go: TestStopResult/TestResetResult with asynctimerchan=0, reduced. */
    @Test
    void stopAndResetResultSayWhetherAValueCanBeReceived() {
        TimerChanTest.stopAndResetResultSayWhetherAValueCanBeReceivedOnTheInstalledQueue();
    }

    /** Stop undoes a value sent but not received, and reports it. */
    @Test
    void stopDiscardsAFiredUnreceivedValueAndReturnsTrue() {
        TimerChanTest.stopDiscardsAFiredUnreceivedValueOnTheInstalledQueue();
    }

    /** Go: TestTimerGC: an unreferenced channel timer nobody waits on is not held by the executor. */
    @Test
    void unreferencedChannelTimersAreCollected() {
        assertNull(TimerChanTest.afterGc(() -> Time.newTimer(LONG)).get(), "NewTimer not collected");
        assertNull(TimerChanTest.afterGc(() -> Time.after(LONG)).get(), "After not collected");
    }
}
