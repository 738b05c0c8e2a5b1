package ctxbench.bench.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ctxbench.seed.SeedVariant;
import ctxbench.time.TimerMode;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import ctxbench.workloads.queues.HeldQueue;
import ctxbench.workloads.queues.InstalledQueue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

/**
 * Each {@link SeedRequest} benchmark method, called once as JMH would, on every queue, variant,
 * goroutine runtime and timer mode; afterwards every timer the requests left must leave the queue by itself (fire,
 * or be removed once stopped) shortly after the 200 ms timeout. The fast path runs while the queue
 * is held ({@link HeldQueue}), so that no answer races its 200 ms timer. With {@code sched=go} the
 * {@code go-heap} queue is the default scheduler's per-P heaps, one set per JVM as in Go, which
 * other test classes of the same JVM use too (the gobench tests' {@code sched=go} runs leave Go's
 * one-hour {@code time.After} timers there): "every timer left the queue" means it is back to the
 * entries it held before this test's requests.
 */
@Timeout(20)
class SeedRequestTest {

    static Stream<Arguments> variantsQueuesRuntimesAndTimerModes() {
        return SeedVariant.NAMES.stream().flatMap(v -> InstalledQueue.NAMES.stream()
                .flatMap(q -> Stream.of("go", "vt").flatMap(r -> Stream.of("go1.19", "go1.23").map(t -> Arguments.of(v, q, r, t)))));
    }

    /** The {@code variant} parameter's values (literals: JMH reads them from the annotation) are the model's variants. */
    @Test
    void theVariantParameterIsEverySeedVariant() throws NoSuchFieldException {
        assertEquals(SeedVariant.NAMES, List.of(SeedRequest.class.getField("variant").getAnnotation(Param.class).value()));
    }

    @ParameterizedTest
    @MethodSource("variantsQueuesRuntimesAndTimerModes")
    void fastPathAnswersAndTimeoutPathTimesOut(String variant, String queue, String sched, String timers) throws InterruptedException {
        var before = TimerQueues.current();
        SeedRequest bench = new SeedRequest();
        bench.variant = variant;
        bench.queue = queue;
        bench.sched = sched;
        bench.timers = timers;
        bench.setUp();
        try {
            TimerQueue installed = TimerQueues.current();
            assertEquals(queue, installed.name());
            assertEquals(timers, TimerMode.current().label());
            // Under go, go-heap is the default scheduler's Ps' heaps, shared with every other test of
            // this JVM: timers other tests left there (Go's time.After(time.Hour) in
            // ChanBench.SelectProdCons on sched=go stays an hour) are not this test's to wait for.
            int othersTimers = installed.size();
            HeldQueue held = HeldQueue.hold(installed);
            try {
                // The 200 ms timers cannot fire while the queue is held: every worker's answer wins
                // however long the machine takes to run it.
                assertEquals(SeedRequest.FAST_PATH_BATCH, bench.fastPath(), "every request gets newEngineCtx's answer");
            } finally {
                held.close();
            }
            assertEquals(0, bench.timeoutPath(), "every request ends on the timeout case");
            while (installed.size() > othersTimers) {
                Thread.sleep(5);
            }
            // The last request timer's function (which may start the goroutine that cancels its
            // context) has returned: nothing of this test starts later.
            HeldQueue.awaitTimerFunctions(installed);
        } finally {
            bench.tearDown();
        }
        assertSame(before, TimerQueues.current(), "tear-down restores the queue");
        assertSame(TimerMode.GO1_19, TimerMode.current(), "tear-down restores the timer mode");
    }
}
