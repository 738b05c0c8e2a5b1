package ctxbench.bench.naive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.Context;
import ctxbench.seed.SeedVariant;
import ctxbench.time.TimerQueues;
import ctxbench.workloads.queues.HeldQueue;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Naive}'s two mistakes as behaviour: the "timeout" pair does not take the same path (only
 * the WithTimeout one reaches its timeout), and each benchmark is declared as one cold operation.
 * A request whose worker must win runs while the timer queue is held ({@link HeldQueue}): its
 * 200 ms timer cannot fire first, however slowly the worker is run.
 */
@Timeout(10)
class NaiveTest {
    private final Naive naive = new Naive();

    @Test
    void fastPathPairGetsTheWorkersAnswer() throws InterruptedException {
        HeldQueue held = HeldQueue.hold(TimerQueues.current());
        try {
            assertSame(Context.todo(), naive.beforeOnce());
            assertSame(Context.todo(), naive.afterOnce());
        } finally {
            held.close();
        }
    }

    @Test
    void onlyTheMillisecondWorkerMakesTheRequestTimeOut() throws InterruptedException {
        assertNull(naive.timeoutMillis(), "worker sleeps 210 ms > 200 ms timeout: the timeout case wins");
        HeldQueue held = HeldQueue.hold(TimerQueues.current());
        try {
            assertSame(Context.todo(), naive.timeoutMicros(), "worker sleeps 210 µs: the answer wins, no timeout");
        } finally {
            held.close();
        }
    }

    @Test
    void sleepsDifferOnlyInTheUnitAndStraddleTheTimeout() {
        assertEquals(Naive.SLOW_MILLIS, Naive.SLOW_MICROS.multipliedBy(1000));
        assertTrue(Naive.SLOW_MICROS.compareTo(SeedVariant.SEED_TIMEOUT) < 0 && SeedVariant.SEED_TIMEOUT.compareTo(Naive.SLOW_MILLIS) < 0);
        assertEquals(Duration.ofMillis(200), SeedVariant.SEED_TIMEOUT);
    }

    @Test
    void declaredAsOneColdOperation() {
        assertArrayEquals(new Mode[] {Mode.SingleShotTime}, Naive.class.getAnnotation(BenchmarkMode.class).value());
        assertEquals(0, Naive.class.getAnnotation(Warmup.class).iterations());
        Measurement m = Naive.class.getAnnotation(Measurement.class);
        assertEquals(1, m.iterations());
        assertEquals(1, m.batchSize());
    }
}
