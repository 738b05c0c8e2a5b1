package ctxbench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.charts.Charts;
import ctxbench.cli.Exit;
import ctxbench.testing.Cli;
import ctxbench.testing.DirectorySnapshot;
import ctxbench.testing.RunFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/report.sh}'s tool end to end, on the repository's own REPORT.md (copied) and a
 * fixture run with real charts: it fills every region, a second run changes nothing, {@code --check}
 * notices drift and missing images, and bad input changes nothing.
 */
@Timeout(60)
class ReportTest {
    @TempDir
    static Path shared;
    private static Path chartedRun;

    @TempDir
    Path dir;

    @BeforeAll
    static void drawCharts() throws IOException {
        chartedRun = ReportFixture.withCharts(shared.resolve("results/fixture-run"));
    }

    /** A copy of the repository's REPORT.md in {@code dir}, and a copy of the charted run under {@code dir/results}. */
    private Path report() throws IOException {
        ReportFixture.copy(chartedRun, dir.resolve("results/fixture-run"));
        return Files.copy(ReportFixture.repositoryReport(), dir.resolve("REPORT.md"));
    }

    private Path run() {
        return dir.resolve("results/fixture-run");
    }

    private Cli report(Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = "--report";
        all[1] = dir.resolve("REPORT.md");
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(Report.TOOL, all);
    }

    private String text() throws IOException {
        return Files.readString(dir.resolve("REPORT.md"), StandardCharsets.UTF_8);
    }

    @Test
    void fillsEveryRegionAndASecondRunChangesNothing() throws IOException {
        Path file = report();
        String before = text();
        Cli first = report(run());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("report: " + file + " regenerated from " + run() + " ("), first.out());
        String generated = text();
        assertNotEquals(before, generated);
        byte[] bytes = Files.readAllBytes(file);
        Cli second = report(run());
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().contains("is already up to date"), second.out());
        assertArrayEquals(bytes, Files.readAllBytes(file), "byte-identical after a second run");
        Cli check = report("--check", run());
        assertEquals(0, check.status(), check.err());
        assertEquals("", check.err());
        assertEquals(List.of("hdr/before-cancel-go-heap-go-timeseries.csv", "hdr/timer-stop-go-heap-go-timeseries.csv",
                        "go cpu profiles", "model cpu profiles", "go alloc profiles", "model alloc profiles",
                        "CancelTree.fanout rows at two or more fan-outs", "ChanThroughput.transfer rows at two or more capacities",
                        "TimerOps.createStop rows at two or more live counts", "TimerOps.createAbandon rows at two or more live counts"),
                Pattern.compile("\\(No chart: this run has no ([^)]*)\\.\\)").matcher(generated).results().map(m -> m.group(1)).toList(),
                "a note only where the fixture lacks the data; every other chart linked");
        assertTrue(generated.contains("![seed: SeedRequest.fastPath, time and allocation per request, model and Go]"
                + "(results/fixture-run/charts/bars-seed-SeedRequest.fastPath.png)"), "relative chart link");
    }

    @Test
    void theHandWrittenTextIsKeptByteForByte() throws IOException {
        report();
        String before = text();
        assertEquals(0, report(run()).status());
        assertEquals(outsideRegions(before), outsideRegions(text()));
    }

    /** The text with every region's content removed. */
    private static String outsideRegions(String text) {
        return text.replaceAll("(?s)(<!-- ctxbench:[a-z]+ [A-Za-z0-9._-]+ -->).*?(<!-- /ctxbench -->)", "$1$2");
    }

    @Test
    void numbersAndWordsFollowTheData() throws IOException {
        report();
        assertEquals(0, report(run()).status());
        String t = text();
        assertEquals("the seed's before code is slower than its after code, and adding `defer cancel()` to the before code makes it "
                + "faster than the leaky code, though still slower than time.After: the speed-up came mostly from the leak the change "
                + "removed, not from time.After being a cheaper timeout", region(t, "text", "answer.go"));
        assertEquals("slower than", region(t, "text", "seed.go.fast.before-leaky-vs-after"));
        assertEquals("3.00× [2.99–3.01]", region(t, "num", "seed.go.fast.before-leaky-vs-after"));
        assertEquals("faster than", region(t, "text", "seed.go.fast.timer-stop-vs-after"));
        assertEquals("slower (untested) than", region(t, "text", "load.go.p99.before-leaky-vs-after"));
        assertEquals("2.00×†", region(t, "num", "load.go.p99.before-leaky-vs-after"));
        assertEquals("2,000 req/s", region(t, "num", "load.model.rate"));
        assertEquals("400", region(t, "num", "load.model.expected-live-timers"));
        assertEquals("from depth 10 on", region(t, "text", "values.go.crossover.present"));
        assertEquals("from depth 100 on", region(t, "text", "values.model.crossover.present"));
        assertEquals("consistent with", region(t, "text", "values.go.seed004"));
        assertEquals("4.88×", region(t, "num", "values.seed004.published"));
        assertEquals("+104 B, +2", region(t, "num", "seed.go.alloc-delta.before-leaky"));
        assertEquals("1,000,000,000", region(t, "num", "naive.go.bn.beforeOnce"));
        assertEquals("35.2 µs", region(t, "num", "naive.go.elapsed.beforeOnce"), "the last go-bench block wins");
        assertEquals("200 ms", region(t, "num", "naive.go.elapsed.timeoutMillis"));
        assertEquals("2 fresh JVMs, each timing 5 single operations after 3 untimed ones (JMH mode ss)",
                region(t, "num", "naive.model.method"));
        assertEquals("2.00× [1.90–2.11] at live=1,000,000", region(t, "num", "timers.go.createStop.growth"));
        assertEquals("jox", region(t, "text", "channels.fastest.ChanThroughput.transfer.cap0"));
        assertEquals("1.20× [1.13–1.28]", region(t, "num", "channels.model-vs-go.ChanThroughput.transfer.cap0"), "sched=go");
        assertEquals("4.00× [3.83–4.18]", region(t, "num", "channels.model-vs-go.ChanThroughput.transfer.cap1024"),
                "without a sched=go row: the model on virtual threads");
        assertEquals("`fixture-run`", region(t, "num", "env.run"));
        assertEquals("2", region(t, "num", "gobench.threads"));
    }

    @Test
    void tablesRenderFromTheRun() throws IOException {
        report();
        assertEquals(0, report(run()).status());
        String env = region(text(), "table", "env");
        assertTrue(env.contains("| Go run 1 ") && env.contains("2026-11-26T04:00:00Z – 2026-11-26T05:00:00Z: `go-bench.sh --profile full --load`, "
                + "suites seed timers"), env);
        assertTrue(env.contains("| Go run 2 ") && env.contains("`go-bench.sh --go 1.23 --suite seed`, suites seed, go1.23.5"), env);
        String seedFast = region(text(), "table", "seed-fast");
        assertTrue(seedFast.startsWith("""
                | variant       |  model: time | model: B/op |      Go: time | Go: B/op | Go: allocs/op |    model/Go: time |
                | ------------- | -----------: | ----------: | ------------: | -------: | ------------: | ----------------: |
                | before-leaky  |   9 µs ±0.1% |       900 B |    3 µs ±0.1% |    472 B |             9 | 3.00× [2.99–3.01] |
                | before-cancel | 3.1 µs ±0.2% |       900 B | 1.05 µs ±0.3% |    472 B |             9 | 2.95× [2.94–2.97] |
                | after         |   3 µs ±0.2% |       600 B |    1 µs ±0.4% |    368 B |             7 | 3.00× [2.98–3.02] |
                | timer-stop    | 2.8 µs ±0.3% |       600 B |  900 ns ±0.4% |    368 B |             7 | 3.11× [3.09–3.13] |
                """), seedFast);
        String verdict = region(text(), "table", "verdict-fast");
        assertTrue(verdict.contains("|    1 | timer-stop    |  900 ns ±0.4% | fastest           | timer-stop     | 2.8 µs ±0.3% |"), verdict);
        assertTrue(verdict.contains("|    4 | before-leaky  |    3 µs ±0.1% | 3.33× [3.32–3.35] | before-leaky   |   9 µs ±0.1% |"), verdict);
        String gobench = region(text(), "table", "gobench");
        assertTrue(gobench.contains("| ContextBench.WithTimeout       | concurrency=40 | 2 µs ±0.2% ‡ |"), gobench);
        assertTrue(gobench.contains("| 2.00× [1.98–2.02] |"), "model ÷ 2 threads over Go: " + gobench);
        assertTrue(gobench.contains("‡ measured with 2 JMH threads"), gobench);
        assertTrue(gobench.contains("| ChanBench.ChanSem              |                | 100 ns ±0.3% |  80 ns ±0.4% | 1.25× [1.24–1.26] |"),
                "the sched=go row, one JMH thread: " + gobench);
        String resources = region(text(), "table", "load-resources");
        assertTrue(resources.contains("""
                | before-leaky  |                     402 |                                        400 |                  7.63 MiB |                             3 |          2,000 req/s |
                | before-cancel |                       3 |                        0 (stops its timer) |                  3.81 MiB |                             2 |          2,000 req/s |
                """), resources);
    }

    /** The content of the first region of this kind and name (a table's content trimmed of its blank lines). */
    private static String region(String text, String kind, String name) {
        Matcher m = Pattern.compile("<!-- ctxbench:" + kind + " " + Pattern.quote(name) + " -->(.*?)<!-- /ctxbench -->", Pattern.DOTALL)
                .matcher(text);
        assertTrue(m.find(), kind + " " + name + " not in the report");
        return m.group(1).strip();
    }

    @Test
    void checkNoticesAHandEditedNumberAndChangesNothing() throws IOException {
        report();
        assertEquals(0, report(run()).status());
        String edited = text().replaceFirst("(<!-- ctxbench:num seed\\.go\\.fast\\.before-leaky-vs-after -->)[^<]*", "$12.00×");
        Files.writeString(dir.resolve("REPORT.md"), edited);
        Map<String, String> snapshot = DirectorySnapshot.of(dir);
        Cli check = report("--check", run());
        assertEquals(Exit.OUT_OF_DATE, check.status());
        int line = edited.substring(0, edited.indexOf("seed.go.fast.before-leaky-vs-after -->2.00×")).split("\n", -1).length;
        assertEquals("report: " + dir.resolve("REPORT.md") + " differs from what " + run() + " generates, first at line " + line
                + ": run scripts/report.sh " + run() + "\n", check.err());
        assertEquals(snapshot, DirectorySnapshot.of(dir));
    }

    @Test
    void checkNoticesAMissingImage() throws IOException {
        report();
        assertEquals(0, report(run()).status());
        Files.delete(run().resolve("charts/latency-percentiles-go-heap.png"));
        Cli check = report("--check", run());
        assertEquals(Exit.OUT_OF_DATE, check.status());
        assertTrue(check.err().contains("report: " + dir.resolve("REPORT.md") + " links results/fixture-run/charts/latency-percentiles-go-heap.png, "
                + "which does not exist\n"), check.err());
    }

    @Test
    void aChartMissingWhileItsDataIsThereIsRefused() throws IOException {
        report();
        Files.delete(run().resolve("charts/bars-seed-SeedRequest.fastPath.png"));
        Map<String, String> snapshot = DirectorySnapshot.of(dir);
        Cli r = report(run());
        assertEquals(Exit.BAD_INPUT, r.status());
        assertEquals("report: " + run().toAbsolutePath().resolve("charts/bars-seed-SeedRequest.fastPath.png")
                + " is missing although the run has its data: run scripts/charts.sh " + run().toAbsolutePath() + " first\n", r.err());
        assertEquals(snapshot, DirectorySnapshot.of(dir), "REPORT.md untouched");
    }

    @Test
    void aRunWithoutSomeDataSaysSoInsteadOfLinking() throws IOException {
        Path run = new RunFixture().add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op",
                ReportFixture.around(1000, 1)).write(dir.resolve("results/tiny"));
        Files.copy(ReportFixture.repositoryReport(), dir.resolve("REPORT.md"));
        Cli r = report(run);
        assertEquals(Exit.BAD_INPUT, r.status(), "the seed chart is missing though its data is there");
        assertEquals(0, Cli.run(Charts.TOOL, run).status());
        r = report(run);
        assertEquals(0, r.status(), r.err());
        assertEquals("*(No chart: this run has no hdr/*-go-heap-go.hgrm files.)*", region(text(), "chart", "latency"));
        assertEquals("*This run has no load rows (SeedLoad.openLoop).*", region(text(), "table", "load-latency"));
        assertEquals("not compared (no data in this run) with", region(text(), "text", "seed.go.fast.before-leaky-vs-after"));
    }

    /**
     * A run whose load rows carry the goroutine runtime ({@code scripts/load.sh --sched go,vt}): the
     * model's rows, time series and percentile chart are those of {@code sched=go}; the
     * {@code sched=vt} ones are not the model's.
     */
    @Test
    void aRunWithBothRuntimesReadsTheSchedGoRowsAsTheModels() throws IOException {
        RunFixture f = new RunFixture();
        for (String v : List.of("before-leaky", "before-cancel", "after", "timer-stop")) {
            for (String sched : List.of("go", "vt")) {
                String params = "queue=go-heap;rate=2000;sched=" + sched + ";slow=0;variant=" + v;
                f.add("java", "load", "SeedLoad.openLoop", params, "p99", "us", sched.equals("go") ? 9000 : 1);
                f.add("java", "load", "SeedLoad.openLoop", params, "peak_live_timers", "count", sched.equals("go") ? 402 : 7);
                f.add("java", "load", "SeedLoad.openLoop", params, "rate", "req/s", 2000);
            }
            f.add("go", "load", "SeedLoad.openLoop", "rate=2000;slow=0;variant=" + v, "p99", "us", 3000);
        }
        Path run = f.write(dir.resolve("results/both"));
        Files.createDirectories(run.resolve("hdr"));
        for (String sched : List.of("go", "vt")) {
            Files.writeString(run.resolve("hdr/before-leaky-go-heap-" + sched + "-timeseries.csv"),
                    "t_ms,live_timers,heap_after_gc_bytes,goroutines_spawned,gc_count,gc_time_ms,rate\n0,0,,0,0,0,0\n100,200,1000000,400,1,2,2000\n");
            Files.writeString(run.resolve("hdr/before-leaky-go-heap-" + sched + ".hgrm"), """
                           Value     Percentile TotalCount 1/(1-Percentile)

                         100.000 0.000000000000          1           1.00
                         500.000 0.500000000000          5           2.00
                        9000.000 1.000000000000         10
                    #[Mean    =      600.000, StdDeviation   =       10.000]
                    """);
        }
        Files.copy(ReportFixture.repositoryReport(), dir.resolve("REPORT.md"));
        assertEquals(0, Cli.run(Charts.TOOL, run).status());
        Cli r = report(run);
        assertEquals(0, r.status(), r.err());
        String t = text();
        assertEquals("402", region(t, "num", "load.model.peak_live_timers.before-leaky"));
        String latency = region(t, "table", "load-latency");
        assertTrue(latency.contains("model (queue=go-heap, sched=go): 2000 req/s, slow share 0; Go: 2000 req/s"), latency);
        assertTrue(latency.contains("9 ms") && !latency.contains("1 µs"), "the sched=go rows, not the sched=vt ones: " + latency);
        assertTrue(region(t, "chart", "latency").endsWith("(results/both/charts/latency-percentiles-go-heap-go.png)"), region(t, "chart", "latency"));
        assertTrue(region(t, "chart", "timeseries.before-leaky").endsWith("(results/both/charts/timeseries-before-leaky-go-heap-go-timeseries.png)"),
                region(t, "chart", "timeseries.before-leaky"));
        assertEquals("*(No chart: this run has no hdr/after-go-heap-go-timeseries.csv.)*", region(t, "chart", "timeseries.after"));
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingChanges() throws IOException {
        report();
        Files.writeString(dir.resolve("results/bad.csv"), "not,a,results,file\n");
        Files.createDirectories(dir.resolve("results/empty"));
        Map<String, String> snapshot = DirectorySnapshot.of(dir);
        List<List<Object>> cases = List.of(
                List.of(),
                List.of("--fast", run()),
                List.of(run(), run()),
                List.of(dir.resolve("results/nope")),
                List.of(dir.resolve("results/empty")),
                List.of(dir.resolve("results/bad.csv")),
                List.of("--report"));
        List<String> expected = List.of(
                "report: expected a RUN folder (usage: report.sh [--check] RUN)",
                "report: unknown option --fast (usage: report.sh [--check] RUN)",
                "report: one RUN folder only, got " + run() + " and " + run(),
                "report: " + dir.resolve("results/nope") + ": no such run folder",
                "report: " + dir.resolve("results/empty") + ": folder holds neither results.csv nor jmh.json",
                "report: " + dir.resolve("results/bad.csv") + ": not a run folder (give the folder results/<run-id>)",
                "report: --report needs a value (usage: report.sh [--check] RUN)");
        for (int i = 0; i < cases.size(); i++) {
            Cli r = report(cases.get(i).toArray());
            assertEquals(Exit.BAD_INPUT, r.status(), cases.get(i).toString());
            assertEquals(expected.get(i) + "\n", r.err(), cases.get(i).toString());
            assertEquals("", r.out());
        }
        assertEquals(snapshot, DirectorySnapshot.of(dir));
    }

    @Test
    void anUnknownOrBrokenMarkerIsRefusedWithItsLine() throws IOException {
        report();
        String original = text();
        Files.writeString(dir.resolve("REPORT.md"), "# R\n\nx <!-- ctxbench:num no.such.number -->1<!-- /ctxbench -->\n");
        Cli r = report(run());
        assertEquals(Exit.BAD_INPUT, r.status());
        assertTrue(r.err().startsWith("report: " + dir.resolve("REPORT.md") + ":3: unknown marker 'num no.such.number'"), r.err());
        Files.writeString(dir.resolve("REPORT.md"), "a\n<!-- ctxbench:table seed-fast -->\n| x |\n");
        r = report(run());
        assertEquals("report: " + dir.resolve("REPORT.md") + ":2: marker 'table seed-fast' is never closed\n", r.err());
        assertEquals("a\n<!-- ctxbench:table seed-fast -->\n| x |\n", text(), "untouched");
        assertNotEquals(original, text());
    }

    @Test
    void helpPrintsUsage() {
        Cli r = Cli.run(Report.TOOL, "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("usage: report.sh [--check] RUN\n"), r.out());
    }

    @Test
    void aMissingReportFileIsBadInput() {
        Cli r = Cli.run(Report.TOOL, "--report", dir.resolve("NOPE.md"), dir);
        assertEquals(Exit.BAD_INPUT, r.status());
        assertEquals("report: " + dir.resolve("NOPE.md") + ": no such file\n", r.err());
    }
}
