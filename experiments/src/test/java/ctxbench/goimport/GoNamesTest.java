package ctxbench.goimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The naming rule of docs/benchmarks.md. */
class GoNamesTest {

    @Test
    void mirrorNames() {
        assertEquals(new GoNames("seed", "SeedRequest.fastPath", "variant=before-leaky"),
                GoNames.of("ctxbench/seed", "BenchmarkSeedRequest_fastPath/variant=before-leaky"));
        assertEquals(new GoNames("timers", "TimerOps.createStop", "kind=chan;live=1000000"),
                GoNames.of("ctxbench/timers", "BenchmarkTimerOps_createStop/kind=chan/live=1000000"));
        assertEquals(new GoNames("channels", "ChanProdCons.transfer", "cap=100;pc=4x4"),
                GoNames.of("ctxbench/channels", "BenchmarkChanProdCons_transfer/pc=4x4/cap=100"));
        assertEquals(new GoNames("propagation", "PropagateCancel.withCancel", "parent=afterFuncer"),
                GoNames.of("ctxbench/propagation", "BenchmarkPropagateCancel_withCancel/parent=afterFuncer"));
        assertEquals(new GoNames("values", "SeedValues.oneByOne", "n=5"),
                GoNames.of("ctxbench/values", "BenchmarkSeedValues_oneByOne/n=5"));
    }

    @Test
    void gorootNames() {
        assertEquals(new GoNames("gobench", "ContextBench.CheckCanceled_Err", ""),
                GoNames.of("context", "BenchmarkCheckCanceled/Err"));
        assertEquals(new GoNames("gobench", "ContextBench.CancelTree", "Root=Background;depth=1"),
                GoNames.of("context", "BenchmarkCancelTree/depth=1/Root=Background"));
        assertEquals(new GoNames("gobench", "ContextBench.WithTimeout", "concurrency=400000"),
                GoNames.of("context", "BenchmarkWithTimeout/concurrency=400000"));
        assertEquals(new GoNames("gobench", "ChanBench.ChanProdConsWork100", ""),
                GoNames.of("runtime", "BenchmarkChanProdConsWork100"));
    }

    @Test
    void segmentWithoutEqualsJoinsTheMethod() {
        assertEquals(new GoNames("seed", "SeedRequest.fastPath_warm", "variant=after"),
                GoNames.of("ctxbench/seed", "BenchmarkSeedRequest_fastPath/warm/variant=after"));
    }

    @Test
    void badNames() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GoNames.of("fixture/odd", "BenchmarkLogs"))
                .getMessage().contains("neither the mirror"));
        assertThrows(IllegalArgumentException.class, () -> GoNames.of("ctxbench/seed", "BenchmarkSeedRequest"));
        assertThrows(IllegalArgumentException.class, () -> GoNames.of("ctxbench/seed", "BenchmarkSeedRequest_"));
        assertThrows(IllegalArgumentException.class, () -> GoNames.of("ctxbench/seed", "Benchmark"));
        assertThrows(IllegalArgumentException.class, () -> GoNames.of("ctxbench/a/b", "BenchmarkA_b"));
        assertThrows(IllegalArgumentException.class, () -> GoNames.of(null, "BenchmarkA_b"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GoNames.of("ctxbench/seed", "BenchmarkA_b/k=1/k=2")).getMessage().contains("twice"));
        assertThrows(IllegalArgumentException.class, () -> GoNames.of("ctxbench/seed", "BenchmarkA_b/k=1=2"));
        assertThrows(IllegalArgumentException.class, () -> GoNames.of("ctxbench/seed", "BenchmarkA_b//k=1"));
    }
}
