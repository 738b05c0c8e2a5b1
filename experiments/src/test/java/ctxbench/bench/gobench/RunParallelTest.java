package ctxbench.bench.gobench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ctxbench.runtime.Goroutines;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RunParallel}: Go's {@code b.RunParallel} runs exactly the run's operations, split over procs goroutines of the runtime. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RunParallelTest {

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void everyOperationRunsOnceOnProcsGoroutinesOfTheRuntime(String sched) {
        for (int ops : new int[] {0, 1, 7, 1000, 12_345}) {
            AtomicInteger setUps = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            Set<Boolean> onGoroutine = ConcurrentHashMap.newKeySet();
            int[] result = new int[1];
            Goroutines.run(sched, () -> result[0] = RunParallel.run(sched, 3, ops, () -> {
                setUps.incrementAndGet();
                onGoroutine.add(Goroutines.onGoroutine());
                return () -> {
                    done.incrementAndGet();
                    return 4;
                };
            }));
            assertEquals(3, setUps.get(), "one set-up per goroutine, as Go's body runs once per goroutine");
            assertEquals(ops, done.get(), "pb.Next is true exactly b.N times in all");
            assertEquals(ops == 0 ? 0 : 4, result[0], "the operations' results, or-ed");
            assertEquals(Set.of(true), onGoroutine);
        }
    }

    /** A body that throws fails the run once every goroutine reported, instead of hanging it. */
    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void aFailingBodyFailsTheRun(String sched) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Goroutines.run(sched,
                () -> RunParallel.run(sched, 2, 100, () -> () -> {
                    throw new IllegalStateException("broken body");
                })));
        assertEquals("broken body", e.getMessage());
    }
}
