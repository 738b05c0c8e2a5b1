package ctxbench.bench.timers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.time.Timer;
import ctxbench.time.TimerQueues;
import ctxbench.workloads.queues.HeldQueue;
import ctxbench.workloads.queues.InstalledQueue;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link TimerOps} benchmark method, called as JMH would, returns Go's results on every queue,
 * kind and goroutine runtime.
 */
@Timeout(20)
class TimerOpsTest {
    private static final int LIVE = 1000;

    static Stream<Arguments> kindsQueuesAndRuntimes() {
        return Stream.of("chan", "func").flatMap(k -> InstalledQueue.NAMES.stream()
                .flatMap(q -> Stream.of("go", "vt").map(r -> Arguments.of(k, q, r))));
    }

    private static TimerOps trial(String kind, String queue, String sched) {
        TimerOps bench = new TimerOps();
        bench.kind = kind;
        bench.queue = queue;
        bench.live = LIVE;
        bench.sched = sched;
        bench.setUp();
        return bench;
    }

    @ParameterizedTest
    @MethodSource("kindsQueuesAndRuntimes")
    void everyOperationReturnsGosResult(String kind, String queue, String sched) throws InterruptedException {
        TimerOps bench = trial(kind, queue, sched);
        try {
            assertEquals(queue, TimerQueues.current().name());
            assertTrue(TimerQueues.current().size() >= LIVE + 1, "the idle timers and reset's timer are queued");
            assertEquals(TimerOps.BATCH, bench.createStop(), "every Stop of a pending timer returns true");
            assertEquals(TimerOps.BATCH, bench.reset(), "every Reset of a pending timer returns true");
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
        TimerOps bench = trial("func", "jdk", "vt");
        bench.tearDown();
        assertEquals(TimerOps.BATCH - 1, bench.reset(), "the first Reset finds reset's timer no longer pending and re-queues it");
    }

    @Test
    void anUnknownKindIsRefused() {
        TimerOps bench = new TimerOps();
        bench.kind = "ticker";
        bench.queue = "go-heap";
        bench.sched = "go";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bench::setUp);
        assertEquals("unknown timer kind 'ticker' (known: chan, func)", e.getMessage());
    }
}
