package ctxbench.goimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing of captured {@code go test -bench} output. */
class GoBenchParserTest {

    @Test
    void mirrorOutputWithCountAndProcsSuffix() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("seed-count2.txt"));
        assertEquals(16, out.results().size());
        assertEquals(List.of("ctxbench/seed"), out.packages());
        assertEquals("linux", out.facts().get("goos"));
        assertEquals("amd64", out.facts().get("goarch"));
        assertEquals("Oxide Virtual Turin-like Processor", out.facts().get("cpu"));
        GoResult first = out.results().get(0);
        assertEquals("BenchmarkSeedRequest_fastPath/variant=before-leaky", first.name());
        assertEquals(2, first.procs());
        assertEquals(100, first.iterations());
        assertEquals("ctxbench/seed", first.pkg());
        assertEquals(5, first.line());
        assertEquals(Map.of("ns/op", 10598.0, "B/op", 494.0, "allocs/op", 9.0), first.values());
        assertEquals(List.of("ns/op", "B/op", "allocs/op"), List.copyOf(first.values().keySet()));
        assertTrue(out.results().stream().allMatch(r -> r.procs() == 2 && !r.name().endsWith("-2")));
        assertTrue(out.failures().isEmpty());
        assertEquals(1, out.blocks());
    }

    @Test
    void gorootContextNamesAndDecimals() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("context-smoke.txt"));
        assertEquals(29, out.results().size());
        assertEquals(List.of("context"), out.packages());
        assertEquals(List.of("BenchmarkCommonParentCancel", "BenchmarkWithTimeout/concurrency=40",
                        "BenchmarkWithTimeout/concurrency=4000", "BenchmarkWithTimeout/concurrency=400000",
                        "BenchmarkCancelTree/depth=1/Root=Background"),
                out.results().subList(0, 5).stream().map(GoResult::name).toList());
        GoResult done = out.results().stream().filter(r -> r.name().equals("BenchmarkCheckCanceled/Done")).findFirst().orElseThrow();
        assertEquals(4.707, done.values().get("ns/op"));
        assertEquals(0.0, done.values().get("B/op"));
    }

    @Test
    void gorootRuntimeChannelBenchmarks() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("runtime-smoke.txt"));
        assertEquals(19, out.results().size());
        GoResult creation = out.results().stream().filter(r -> r.name().equals("BenchmarkChanCreation")).findFirst().orElseThrow();
        assertEquals(Map.of("ns/op", 83.07, "B/op", 112.0, "allocs/op", 1.0), creation.values());
        assertEquals("runtime", creation.pkg());
    }

    @Test
    void gomaxprocsOneVerboseHasNoSuffixAndBareNameLines() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("values-procs1-verbose.txt"));
        assertEquals(List.of("BenchmarkSeedValues_oneByOne/n=5", "BenchmarkSeedValues_aggregated/n=5"),
                out.results().stream().map(GoResult::name).toList());
        assertTrue(out.results().stream().allMatch(r -> r.procs() == 1));
        assertEquals(240.0, out.results().get(0).values().get("B/op"));
    }

    @Test
    void nonResultLinesLogsSplitLinesCustomMetricsAndFailures() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("nonresults-fail.txt"));
        assertEquals(List.of("BenchmarkLogs", "BenchmarkLogs", "BenchmarkPrints_stdout", "BenchmarkPrints_stdout",
                        "BenchmarkMetrics_custom/n=1", "BenchmarkMetrics_custom/n=1",
                        "BenchmarkMetrics_custom/n=2", "BenchmarkMetrics_custom/n=2",
                        "BenchmarkFails_sub/mode=ok", "BenchmarkFails_sub/mode=ok"),
                out.results().stream().map(GoResult::name).toList());
        // the benchmark printed after Go printed its name: the numbers came on the next line
        GoResult split = out.results().get(2);
        assertEquals(109.6, split.values().get("ns/op"));
        assertEquals(2.0, split.values().get("B/op"));
        assertEquals(15, split.line());
        assertEquals(1892.0, out.results().get(1).values().get("ns/op"));
        assertEquals(1.5, out.results().get(4).values().get("widgets/op"));
        assertEquals(List.of("--- FAIL: BenchmarkFails_sub/mode=bad", "--- FAIL: BenchmarkFails_sub", "FAIL fixture/odd"),
                out.failures());
    }

    @Test
    void interruptedRunKeepsCompleteLinesOnly() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("interrupted-go-bench.txt"));
        assertEquals(7, out.results().size());
        assertEquals("BenchmarkSeedRequest_fastPath/variant=before-cancel", out.results().get(6).name());
        assertEquals(1581.0, out.results().get(6).values().get("ns/op"));
    }

    @Test
    void markersStartBlocks() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("appended-go-bench.txt"));
        assertEquals(3, out.blocks());
        assertEquals(List.of("ctxbench/seed", "ctxbench/values"), out.packages());
        assertEquals(0, out.results().get(0).block());
        assertEquals(List.of(0, 1, 2), out.results().stream().map(GoResult::block).distinct().toList());
        assertEquals(8 + 18 + 8, out.results().size());
    }

    @Test
    void crlfExponentsAndStrayLines() {
        GoBenchOutput out = GoBenchParser.parse(List.of(
                "pkg: ctxbench/timers\r",
                "=== RUN   TestNothing\r",
                "BenchmarkTimerOps_reset/kind=chan/live=0-16 \t 1000000\t 1.5e+01 ns/op\t 0 B/op\t 0 allocs/op\r",
                "    timers_test.go:10: 100 ns/op in a log line",
                "BenchmarkOnlyAName-16",
                "some log text",
                "ok  \tctxbench/timers\t1.0s"));
        assertEquals(1, out.results().size());
        GoResult r = out.results().get(0);
        assertEquals("BenchmarkTimerOps_reset/kind=chan/live=0", r.name());
        assertEquals(16, r.procs());
        assertEquals(15.0, r.values().get("ns/op"));
        assertEquals(Map.of("pkg", "ctxbench/timers"), out.facts());
    }
}
