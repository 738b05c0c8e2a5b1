package ctxbench.workloads.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.time.Time;
import ctxbench.time.Timer;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link InstalledQueue} makes the named queue current for the model's timers and puts the old one back. */
@Timeout(10)
class InstalledQueueTest {

    @ParameterizedTest
    @ValueSource(strings = {"go-heap", "jdk", "wheel"})
    void timersCreatedWhileInstalledUseTheNamedQueue(String name) {
        TimerQueue before = TimerQueues.current();
        try (InstalledQueue installed = InstalledQueue.install(name)) {
            assertEquals(name, installed.queue().name());
            assertSame(installed.queue(), TimerQueues.current());
            Timer t = Time.newTimer(Duration.ofHours(1));
            assertTrue(installed.queue().size() >= 1, "the timer waits in the installed queue");
            assertTrue(t.stop());
            assertFalse(t.stop());
            assertNotNull(Time.newTimer(Duration.ZERO).c.recv(), "a due timer fires on the installed queue");
        }
        assertSame(before, TimerQueues.current());
    }

    @Test
    void closingTheWheelStopsItsThread() {
        InstalledQueue installed = InstalledQueue.install("wheel");
        installed.close();
        assertThrows(IllegalStateException.class, () -> installed.queue().add(new Timerless(), Time.nanotime()),
                "Netty refuses timeouts on a stopped wheel");
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InstalledQueue.install("pairing-heap"));
        assertEquals("unknown timer queue 'pairing-heap' (known: go-heap, jdk, wheel)", e.getMessage());
    }

    /** A runtime timer that does nothing. */
    private static final class Timerless extends ctxbench.time.RuntimeTimer {
        @Override
        public void run() {}
    }
}
