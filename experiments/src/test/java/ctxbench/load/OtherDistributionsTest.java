package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Sched;
import ctxbench.workloads.channels.ThreadKind;
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
    /** The runtime of this JVM (the tests' default, vt, unless run with -Dctxbench.sched=go). */
    private static final String SCHED = Sched.mode();

    @ParameterizedTest
    @ValueSource(strings = {"go-heap", "jdk", "wheel"})
    void everyProbeTimerFiresOnceAndIsRecorded(String queue) {
        TimerLateness.Result r = TimerLateness.run(new TimerLateness.Config(queue, SCHED, 1000, 500, Duration.ofMillis(200),
                Duration.ofMillis(1), Duration.ZERO));
        assertTrue(r.drained());
        assertEquals(100, r.dispatch().requests());
        assertEquals(100, r.latenessNanos().getTotalCount());
        assertTrue(r.latenessNanos().getMinValue() >= 0, "a timer never fires before it is due");
        assertEquals("idle=1000;queue=" + queue + ";sched=" + SCHED, r.config().params());
        assertEquals("timer-lateness-" + queue + "-" + SCHED, r.config().fileName());
    }

    @ParameterizedTest
    @EnumSource(CancelLatency.Shape.class)
    void everyTrialReachesEveryWaiterAndLeavesNoGoroutine(CancelLatency.Shape shape) throws InterruptedException {
        long running = Goroutines.running();
        CancelLatency.Result r = CancelLatency.run(new CancelLatency.Config(shape, SCHED, 8, 10, 2));
        assertEquals(10, r.latencyNanos().getTotalCount());
        assertTrue(Drain.until(() -> Goroutines.running() <= running, Duration.ofSeconds(10)), "the waiters have ended");
        assertEquals("sched=" + SCHED + ";shape=" + shape.param() + ";size=8", r.config().params());
        assertEquals("cancel-latency-" + shape.param() + "-8-" + SCHED, r.config().fileName());
    }

    @ParameterizedTest
    @EnumSource(ThreadKind.class)
    void everyRoundTripIsRecordedAndThePeerEnds(ThreadKind threads) throws InterruptedException {
        long running = Goroutines.running();
        ChanHandoff.Result r = ChanHandoff.run(new ChanHandoff.Config(threads, SCHED, 2000, 100));
        assertEquals(2000, r.roundTripNanos().getTotalCount());
        assertEquals(running, Goroutines.running(), "both goroutines (virtual) have ended when run returns");
        assertEquals("sched=" + SCHED + ";threads=" + threads.param, r.config().params());
        assertEquals("handoff-" + threads.param + "-" + SCHED, r.config().fileName());
    }
}
