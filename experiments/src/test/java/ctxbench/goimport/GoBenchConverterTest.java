package ctxbench.goimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.results.ResultRow;
import ctxbench.results.SampleRow;
import ctxbench.results.Summary;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** From parsed output to result and sample rows. */
class GoBenchConverterTest {

    @Test
    void countRunsBecomeSamplesAndMeanWithStudentTError() throws IOException {
        GoBenchConverter.Converted c = GoBenchConverter.convert(GoBenchParser.parse(Fixtures.path("seed-count2.txt")));
        assertEquals(8 * 3, c.results().size());
        assertEquals(8 * 3 * 2, c.samples().size());
        assertEquals(Set.of("seed"), c.suites());
        assertEquals(Set.of(2), c.procs());
        ResultRow time = c.results().get(0);
        assertEquals("go", time.source());
        assertEquals("seed", time.suite());
        assertEquals("SeedRequest.fastPath", time.benchmark());
        assertEquals("variant=before-leaky", time.params());
        assertEquals("time", time.metric());
        assertEquals("ns/op", time.unit());
        assertEquals((10598 + 6176) / 2.0, time.score(), 1e-9);
        assertEquals(Summary.error999(new double[] {10598, 6176}), time.error(), 1e-9);
        assertEquals(2, time.samples());
        assertEquals(List.of("time", "alloc", "allocs"), c.results().subList(0, 3).stream().map(ResultRow::metric).toList());
        assertEquals(List.of("ns/op", "B/op", "allocs/op"), c.results().subList(0, 3).stream().map(ResultRow::unit).toList());
        assertEquals((494 + 472) / 2.0, c.results().get(1).score(), 1e-9);
        List<SampleRow> first = c.samples().stream()
                .filter(s -> s.params().equals("variant=before-leaky") && s.metric().equals("time")
                        && s.benchmark().equals("SeedRequest.fastPath")).toList();
        assertEquals(List.of(new SampleRow("go", "seed", "SeedRequest.fastPath", "variant=before-leaky", "time", "ns/op", 1, 1, 10598),
                new SampleRow("go", "seed", "SeedRequest.fastPath", "variant=before-leaky", "time", "ns/op", 1, 2, 6176)), first);
        assertTrue(c.results().stream().anyMatch(r -> r.benchmark().equals("SeedRequest.timeoutPath")
                && r.params().equals("variant=timer-stop")));
    }

    @Test
    void singleRunHasNoError() throws IOException {
        GoBenchConverter.Converted c = GoBenchConverter.convert(GoBenchParser.parse(Fixtures.path("context-smoke.txt")));
        assertEquals(29 * 3, c.results().size());
        assertEquals(Set.of("gobench"), c.suites());
        ResultRow tree = c.results().stream().filter(r -> r.benchmark().equals("ContextBench.CancelTree")
                && r.params().equals("Root=ClosedCanceler;depth=1000") && r.metric().equals("allocs")).findFirst().orElseThrow();
        assertEquals(2002, tree.score());
        assertTrue(Double.isNaN(tree.error()));
        assertEquals(1, tree.samples());
        assertTrue(c.results().stream().anyMatch(r -> r.benchmark().equals("ContextBench.CheckCanceled_Err")));
        assertTrue(c.results().stream().anyMatch(r -> r.benchmark().equals("ContextBench.DeepValueSameGoRoutine")
                && r.params().equals("depth=100")));
    }

    @Test
    void runtimeMapsToChanBench() throws IOException {
        GoBenchConverter.Converted c = GoBenchConverter.convert(GoBenchParser.parse(Fixtures.path("runtime-smoke.txt")));
        assertEquals(List.of("ChanBench.ChanNonblocking", "ChanBench.SelectUncontended"),
                c.results().stream().map(ResultRow::benchmark).distinct().limit(2).toList());
        assertEquals(19, c.results().stream().map(ResultRow::benchmark).distinct().count());
    }

    @Test
    void laterBlockOfASuiteReplacesEarlierOne() throws IOException {
        GoBenchConverter.Converted c = GoBenchConverter.convert(GoBenchParser.parse(Fixtures.path("appended-go-bench.txt")));
        assertEquals(Set.of("seed", "values"), c.suites());
        ResultRow leaky = c.results().stream().filter(r -> r.benchmark().equals("SeedRequest.fastPath")
                && r.params().equals("variant=before-leaky") && r.metric().equals("time")).findFirst().orElseThrow();
        assertEquals(1446, leaky.score()); // the appended run, not the first block's 2639
        assertEquals(1, leaky.samples());
        assertEquals((8 + 18) * 3, c.results().size());
    }

    @Test
    void gobenchIsTwoPackagesInTwoBlocksAndKeepsBoth() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("gobench-two-blocks.txt"));
        assertEquals(2, out.blocks());
        GoBenchConverter.Converted c = GoBenchConverter.convert(out);
        assertEquals(Set.of("gobench"), c.suites());
        assertEquals((29 + 19) * 3, c.results().size());
        assertEquals(29, c.results().stream().filter(r -> r.benchmark().startsWith("ContextBench.")).map(r -> r.benchmark() + r.params()).distinct().count());
        assertEquals(19, c.results().stream().filter(r -> r.benchmark().startsWith("ChanBench.")).map(ResultRow::benchmark).distinct().count());
    }

    @Test
    void unknownPackageNamesTheLine() throws IOException {
        GoBenchOutput out = GoBenchParser.parse(Fixtures.path("nonresults-fail.txt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoBenchConverter.convert(out));
        assertTrue(e.getMessage().startsWith("line 5: fixture/odd.BenchmarkLogs"), e.getMessage());
    }

    @Test
    void otherUnitsAreLeftOutAndListed() {
        GoBenchOutput out = GoBenchParser.parse(List.of("pkg: ctxbench/x",
                "BenchmarkA_b/n=1-2 \t 100\t 16.23 ns/op\t 1.500 widgets/op\t 64.0 MB/s\t 0 B/op\t 0 allocs/op"));
        GoBenchConverter.Converted c = GoBenchConverter.convert(out);
        assertEquals(List.of("time", "alloc", "allocs"), c.results().stream().map(ResultRow::metric).toList());
        assertEquals(Set.of("MB/s", "widgets/op"), c.skippedUnits());
    }

    @Test
    void withoutBenchmemOnlyTime() {
        GoBenchOutput out = GoBenchParser.parse(List.of("pkg: runtime", "BenchmarkChanSem-2 \t 100\t 84.84 ns/op"));
        GoBenchConverter.Converted c = GoBenchConverter.convert(out);
        assertEquals(1, c.results().size());
        assertEquals("ChanBench.ChanSem", c.results().get(0).benchmark());
    }

    @Test
    void mixedGomaxprocsInOneSeriesIsRefused() {
        GoBenchOutput out = GoBenchParser.parse(List.of("pkg: runtime",
                "BenchmarkChanSem \t 100\t 84.84 ns/op", "BenchmarkChanSem-2 \t 100\t 90 ns/op"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GoBenchConverter.convert(out))
                .getMessage().contains("different GOMAXPROCS"));
    }

    /**
     * go-bench.sh --go 1.19,1.23: one go-bench.txt with a block per toolchain; the marker's go= and
     * timers= fields label the rows of a toolchain other than the default, and a later block of the
     * same package replaces only the rows of its own toolchain.
     */
    @Test
    void markerLabelsRowsWithTheirToolchainAndEachToolchainKeepsItsLastBlock() {
        List<String> seed = List.of("pkg: ctxbench/seed",
                "BenchmarkSeedRequest_fastPath/variant=after-2   100   1000 ns/op   368 B/op   7 allocs/op");
        List<String> lines = new java.util.ArrayList<>();
        lines.add("# go-bench: pkg=./seed profile=smoke toolchain=go1.19.8");
        lines.addAll(seed);
        lines.add("# go-bench: pkg=./seed profile=smoke toolchain=go1.23.5 go=1.23 timers=go1.23");
        lines.addAll(seed.stream().map(l -> l.replace(" 1000 ns/op", " 2000 ns/op")).toList());
        lines.add("# go-bench: pkg=./seed profile=smoke toolchain=go1.23.5 go=1.23 timers=go1.19");
        lines.addAll(seed.stream().map(l -> l.replace(" 1000 ns/op", " 3000 ns/op")).toList());
        lines.add("# go-bench: pkg=./seed profile=smoke toolchain=go1.23.5 go=1.23 timers=go1.23");
        lines.addAll(seed.stream().map(l -> l.replace(" 1000 ns/op", " 4000 ns/op")).toList());

        GoBenchOutput out = GoBenchParser.parse(lines);
        assertEquals(List.of("go1.19.8", "go1.23.5"), out.toolchains());
        GoBenchConverter.Converted c = GoBenchConverter.convert(out);

        List<String> times = c.results().stream().filter(r -> r.metric().equals("time"))
                .map(r -> r.params() + " " + r.score()).toList();
        assertEquals(List.of("variant=after 1000.0", "go=1.23;timers=go1.19;variant=after 3000.0",
                "go=1.23;timers=go1.23;variant=after 4000.0"), times);
        assertEquals(Set.of("seed|", "seed|go=1.23;timers=go1.23", "seed|go=1.23;timers=go1.19"), c.replaced());
    }
}
