package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.bench.channels.ThreadKind;
import ctxbench.runtime.Goroutines;
import java.time.Duration;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small real runs of timer lateness, cancel propagation and channel hand-off: every timer,
 * trial and round trip is recorded once, and nothing is left behind. No timing is asserted.
 */
@Timeout(60)
class OtherDistributionsTest {
    @ParameterizedTest
    @ValueSource(strings = {"go-heap", "jdk", "wheel"})
    void everyProbeTimerFiresOnceAndIsRecorded(String queue) {
        TimerLateness.Result r = TimerLateness.run(new TimerLateness.Config(queue, 1000, 500, Duration.ofMillis(200),
                Duration.ofMillis(1), Duration.ZERO));
        assertTrue(r.drained());
        assertEquals(100, r.dispatch().requests());
        assertEquals(100, r.latenessNanos().getTotalCount());
        assertTrue(r.latenessNanos().getMinValue() >= 0, "a timer never fires before it is due");
        assertEquals("idle=1000;queue=" + queue, r.config().params());
        assertEquals("timer-lateness-" + queue, r.config().fileName());
    }

    @ParameterizedTest
    @EnumSource(CancelLatency.Shape.class)
    void everyTrialReachesEveryWaiterAndLeavesNoGoroutine(CancelLatency.Shape shape) throws InterruptedException {
        long running = Goroutines.running();
        CancelLatency.Result r = CancelLatency.run(new CancelLatency.Config(shape, 8, 10, 2));
        assertEquals(10, r.latencyNanos().getTotalCount());
        assertTrue(Drain.until(() -> Goroutines.running() <= running, Duration.ofSeconds(10)), "the waiters have ended");
        assertEquals("shape=" + shape.param() + ";size=8", r.config().params());
        assertEquals("cancel-latency-" + shape.param() + "-8", r.config().fileName());
    }

    @ParameterizedTest
    @EnumSource(ThreadKind.class)
    void everyRoundTripIsRecorded(ThreadKind threads) throws InterruptedException {
        ChanHandoff.Result r = ChanHandoff.run(new ChanHandoff.Config(threads, 2000, 100));
        assertEquals(2000, r.roundTripNanos().getTotalCount());
        assertEquals("threads=" + threads.param, r.config().params());
        assertEquals("handoff-" + threads.param, r.config().fileName());
    }
}
