package ctxbench.bench.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ctxbench.bench.queues.HeldQueue;
import ctxbench.bench.queues.InstalledQueue;
import ctxbench.runtime.Sched;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link SeedRequest} benchmark method, called once as JMH would, on every queue, variant and
 * goroutine runtime; afterwards every timer the requests left must leave the queue by itself (fire,
 * or be removed once stopped) shortly after the 200 ms timeout. Where the queue has a thread of its
 * own, the fast path runs while that thread is held ({@link HeldQueue}), so that no answer races its
 * 200 ms timer. The go runtime's Ps run their timers between goroutines, and holding a P would hold
 * the requests too: there a request's timer could only win if the process stalled for 200 ms
 * between the worker's start and its answer, a few microseconds on the same P.
 */
@Timeout(20)
class SeedRequestTest {

    static Stream<Arguments> variantsQueuesAndRuntimes() {
        return SeedVariants.NAMES.stream().flatMap(v -> InstalledQueue.NAMES.stream()
                .flatMap(q -> Stream.of("go", "vt").map(r -> Arguments.of(v, q, r))));
    }

    @ParameterizedTest
    @MethodSource("variantsQueuesAndRuntimes")
    void fastPathAnswersAndTimeoutPathTimesOut(String variant, String queue, String sched) throws InterruptedException {
        var before = TimerQueues.current();
        SeedRequest bench = new SeedRequest();
        bench.variant = variant;
        bench.queue = queue;
        bench.sched = sched;
        bench.setUp();
        try {
            TimerQueue installed = TimerQueues.current();
            assertEquals(queue, installed.name());
            boolean procTimers = queue.equals("go-heap") && sched.equals("go");
            HeldQueue held = procTimers ? null : HeldQueue.hold(installed);
            try {
                assertEquals(SeedRequest.FAST_PATH_BATCH, bench.fastPath(), "every request gets newEngineCtx's answer");
            } finally {
                if (held != null) {
                    held.close();
                }
            }
            assertEquals(0, bench.timeoutPath(), "every request ends on the timeout case");
            while (installed.size() > 0) {
                Thread.sleep(5);
            }
            // A timer leaves the queue before its function runs: once the queue has run a timer
            // of ours (its thread, or a P's M), the last request timer's function (which may start
            // the goroutine that cancels its context) has returned, and nothing of this test
            // starts later.
            if (procTimers) {
                while (!Sched.get().idle()) {
                    Thread.sleep(5);
                }
            } else {
                HeldQueue.hold(installed).close();
            }
        } finally {
            bench.tearDown();
        }
        assertSame(before, TimerQueues.current(), "tear-down restores the queue");
    }
}
