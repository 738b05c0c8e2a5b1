package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Choosing the {@link TimerMode}: its names, the system property, and the refusal of Go 1.23
 * channel timers and of tickers on a timer queue other than the model of Go's heap.
 */
class TimerModeTest {
    private TimerMode previousMode;
    private TimerQueue previousQueue;

    @BeforeEach
    void remember() {
        previousMode = TimerMode.current();
        previousQueue = TimerQueues.current();
    }

    @AfterEach
    void restore() {
        TimerQueues.set(previousQueue);
        TimerMode.set(previousMode);
    }

    @Test
    void namesAndLabels() {
        assertSame(TimerMode.GO1_19, TimerMode.named("go1.19"));
        assertSame(TimerMode.GO1_23, TimerMode.named("go1.23"));
        assertEquals("go1.23", TimerMode.GO1_23.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimerMode.named("go1.21"));
        assertEquals("unknown timer mode 'go1.21' (go1.19 or go1.23)", e.getMessage());
    }

    /** Without a {@link TimerMode#set}, the mode is the property's, {@code go1.19} by default. */
    @Test
    void defaultIsThePropertysMode() {
        assertSame(TimerMode.named(System.getProperty(TimerMode.PROPERTY, "go1.19")), previousMode);
    }

    /** Go 1.23's channel timers run on any queue (JdkTimerChanTest); function timers need nothing of the mode. */
    @Test
    void go123IsAcceptedOnTheJdkQueue() {
        TimerQueues.set(new JdkTimerQueue());
        TimerMode.set(TimerMode.GO1_23);
        Timer t = Time.newTimer(Duration.ofHours(1));
        assertEquals(0, t.c.cap());
        assertTrue(t.stop());
        CountDownLatch ran = new CountDownLatch(1);
        assertNotNull(Time.afterFunc(Duration.ZERO, ran::countDown));
        HeldQueue.await(ran);
    }

    @Test
    void tickerIsRefusedOnTheJdkQueue() {
        TimerQueues.set(new JdkTimerQueue());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Time.newTicker(Duration.ofHours(1)));
        assertEquals("time.NewTicker needs the go-heap timer queue (installed: jdk)", e.getMessage());
    }
}
