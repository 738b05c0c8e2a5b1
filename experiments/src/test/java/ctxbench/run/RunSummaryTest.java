package ctxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.results.ResultRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The end-of-run table and the list of trials without a result. */
class RunSummaryTest {
    private static final List<ResultRow> ROWS = List.of(
            new ResultRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "time", "ns/op", 12345.678, 234.5, 3),
            new ResultRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "alloc", "B/op", 816.0, 1.5, 3),
            new ResultRow("java", "timers", "TimerOps.fire", "kind=chan;live=0;queue=jdk", "time", "ns/op", 0.98765, Double.NaN, 1));

    @Test
    void oneLinePerBenchmarkAndParametersWithTimeErrorAndAllocation() {
        assertEquals("""
                benchmark             params                               time    error   B/op
                SeedRequest.fastPath  queue=go-heap;variant=after   12346 ns/op  ± 234.5  816.0
                TimerOps.fire         kind=chan;live=0;queue=jdk   0.9877 ns/op
                """, RunSummary.table(ROWS));
    }

    @Test
    void plannedTrialsWithoutAResultAreListed() {
        RunPlan plan = new RunPlan(List.of(
                new RunPlan.Trial("ctxbench.bench.seed.SeedRequest.fastPath", Map.of("variant", "after", "queue", "go-heap")),
                new RunPlan.Trial("ctxbench.bench.seed.SeedRequest.fastPath", Map.of("variant", "after", "queue", "jdk")),
                new RunPlan.Trial("ctxbench.bench.gobench.ChanBench.ChanSync", Map.of())), 0);
        assertEquals(List.of("SeedRequest.fastPath queue=jdk;variant=after", "ChanBench.ChanSync"), RunSummary.missing(plan, ROWS));
    }

    @Test
    void numbersKeepFourSignificantDigits() {
        assertEquals("1235", RunSummary.number(1234.5));
        assertEquals("12.35", RunSummary.number(12.345));
        assertEquals("0.001235", RunSummary.number(0.0012345));
        assertEquals("1234568", RunSummary.number(1234567.8));
        assertEquals("0", RunSummary.number(0));
    }
}
