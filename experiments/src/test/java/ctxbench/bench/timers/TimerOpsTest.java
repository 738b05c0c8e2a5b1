package ctxbench.bench.timers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.bench.queues.HeldQueue;
import ctxbench.bench.queues.InstalledQueue;
import ctxbench.time.Timer;
import ctxbench.time.TimerQueues;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@link TimerOps} benchmark method, called as JMH would, returns Go's result on every queue and kind. */
@Timeout(20)
class TimerOpsTest {
    private static final int LIVE = 1000;

    static Stream<Arguments> kindsAndQueues() {
        return Stream.of("chan", "func").flatMap(k -> InstalledQueue.NAMES.stream().map(q -> Arguments.of(k, q)));
    }

    private static TimerOps trial(String kind, String queue) {
        TimerOps bench = new TimerOps();
        bench.kind = kind;
        bench.queue = queue;
        bench.live = LIVE;
        bench.setUp();
        return bench;
    }

    @ParameterizedTest
    @MethodSource("kindsAndQueues")
    void everyOperationReturnsGosResult(String kind, String queue) throws InterruptedException {
        TimerOps bench = trial(kind, queue);
        try {
            assertEquals(queue, TimerQueues.current().name());
            assertTrue(TimerQueues.current().size() >= LIVE + 1, "the idle timers and reset's timer are queued");
            assertTrue(bench.createStop(), "Stop of a pending timer");
            assertTrue(bench.reset(), "Reset of a pending timer");
            Object fired = bench.fire();
            if (kind.equals("chan")) {
                assertInstanceOf(Instant.class, fired, "<-NewTimer(0).C receives the time");
            } else {
                assertEquals(Boolean.TRUE, fired, "AfterFunc(0, f) ran f");
            }
            HeldQueue held = HeldQueue.hold(TimerQueues.current());
            try {
                // Held, the queue cannot fire the 200 ms timer before the stop, however late that comes.
                Timer abandoned = bench.createAbandon();
                assertEquals(kind.equals("chan"), abandoned.c != null);
                assertTrue(abandoned.stop(), "the abandoned timer is pending until its 200 ms pass");
            } finally {
                held.close();
            }
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void tearDownStopsTheTimersItQueued() {
        TimerOps bench = trial("func", "jdk");
        bench.tearDown();
        assertFalse(bench.reset(), "Reset reports that reset's timer was no longer pending");
        assertTrue(bench.reset(), "and re-queued it");
    }

    @Test
    void anUnknownKindIsRefused() {
        TimerOps bench = new TimerOps();
        bench.kind = "ticker";
        bench.queue = "go-heap";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bench::setUp);
        assertEquals("unknown timer kind 'ticker' (known: chan, func)", e.getMessage());
    }
}
