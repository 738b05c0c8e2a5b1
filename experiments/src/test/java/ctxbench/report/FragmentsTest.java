package ctxbench.report;

import ctxbench.cli.BadInputException;
import ctxbench.testing.RunFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry of fragments against the repository's REPORT.md: every marker there is known, every
 * fragment renders (on a full fixture and on a run that has almost nothing), names are unique, and
 * the chart names are the ones {@code scripts/charts.sh} writes.
 */
class FragmentsTest {
    @TempDir
    Path dir;

    @Test
    void everyMarkerInTheRepositoryReportIsKnown() throws IOException, BadInputException {
        Path report = ReportFixture.repositoryReport();
        MarkedText text = MarkedText.parse(Files.readString(report, StandardCharsets.UTF_8), report.toString());
        Fragments all = Fragments.all();
        List<String> unknown = new ArrayList<>();
        for (MarkedText.Marker m : text.markers()) if (!all.has(m.id())) unknown.add(m.line() + ": " + m.id());
        assertEquals(List.of(), unknown);
        assertTrue(text.markers().size() > 100, "the report is generated, not hand-written: " + text.markers().size());
    }

    @Test
    void everyFragmentRendersOnAFullRunAndOnANearlyEmptyOne() throws Exception {
        Path full = ReportFixture.withCharts(dir.resolve("full"));
        Path bare = new RunFixture().add("go", "other", "Other.thing", "", "time", "ns/op", 1, 2, 3).write(dir.resolve("bare"));
        for (Path run : List.of(full, bare)) {
            ReportInput in = new ReportInput(RunData.load(run), dir, false);
            Fragments all = Fragments.all();
            for (String id : all.ids()) {
                String[] kindName = id.split(" ", 2);
                MarkedText.Kind kind = MarkedText.Kind.valueOf(kindName[0].toUpperCase());
                String content = all.content(new MarkedText.Marker(kind, kindName[1], 1), in, "R.md");
                if (kind.block()) {
                    assertTrue(content.startsWith("\n") && content.endsWith("\n\n"), id + ": " + content);
                } else {
                    assertTrue(!content.isEmpty() && content.indexOf('\n') < 0, id + ": '" + content + "'");
                }
            }
        }
    }

    @Test
    void namesAreUnique() {
        Fragment a = Fragment.num("x", in -> "1");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Fragments.of(List.of(a, Fragment.num("x", in -> "2"))));
        assertEquals("two fragments named 'num x'", e.getMessage());
        Fragments.of(List.of(a, Fragment.text("x", in -> "2")));
        Fragments.all();
    }

    @Test
    void chartNamesFollowTheChartsTool() {
        assertEquals("bars-seed-SeedRequest.fastPath.png", ChartLinks.bars("seed", "SeedRequest.fastPath"));
        assertEquals("scaling-values-ValueLookup.chain-depth-time.png", ChartLinks.scaling("values", "ValueLookup.chain", "depth", "time"));
        assertEquals("timeseries-after-go-heap-timeseries.png", ChartLinks.timeSeries("after-go-heap-timeseries.csv"));
        assertEquals("bars-a_b-C.m.png", ChartLinks.bars("a b", "C.m"));
    }

    @Test
    void imageLinksAreFoundAndCheckedRelativeToTheReport() throws IOException {
        Files.createDirectories(dir.resolve("img"));
        Files.writeString(dir.resolve("img/a.png"), "x");
        String text = "![a](img/a.png) ![b](img/b.png \"title\") <img src=\"img/c.svg\"> ![w](https://example.org/x.png)";
        assertEquals(List.of("img/a.png", "img/b.png", "https://example.org/x.png", "img/c.svg"), ImageLinks.targets(text));
        assertEquals(List.of("img/b.png", "img/c.svg"), ImageLinks.missing(text, dir));
    }

    /** A run with Go fast-path times for before-leaky, before-cancel and after (ten samples around each centre). */
    private RunData seedRun(String name, double leaky, double cancel, double after) throws Exception {
        RunFixture f = new RunFixture();
        double[] centers = {leaky, cancel, after};
        String[] variants = {"before-leaky", "before-cancel", "after"};
        for (int i = 0; i < 3; i++) {
            f.add("go", "seed", "SeedRequest.fastPath", "variant=" + variants[i], "time", "ns/op", ReportFixture.around(centers[i], 1));
        }
        return RunData.load(f.write(dir.resolve(name)));
    }

    @Test
    void theAnswerFollowsTheData() throws Exception {
        assertEquals("the seed's before code is slower than its after code, and adding `defer cancel()` to the before code makes it about "
                + "as fast as time.After: the speed-up came mostly from the leak the change removed, not from time.After being a cheaper "
                + "timeout", SeedFragments.answer(seedRun("leak", 3000, 1000, 1000.5), "go"));
        assertEquals("the seed's before code is slower than its after code, and `defer cancel()` does not measurably close the gap: "
                + "WithTimeout itself is the slower timeout here", SeedFragments.answer(seedRun("timeout", 3000, 3000.5, 1000), "go"));
        assertEquals("the seed's before code is faster than its after code, so this run does not reproduce the team's speed-up",
                SeedFragments.answer(seedRun("faster", 500, 3000, 1000), "go"));
        assertEquals("the seed's before and after code are not measurably different, so this run does not reproduce the team's speed-up",
                SeedFragments.answer(seedRun("same", 1000, 900, 1000.5), "go"));
        assertEquals("the fast-path measurements needed to tell which explanation holds are missing",
                SeedFragments.answer(seedRun("model", 1000, 1000, 1000), RunData.MODEL));
        RunData few = RunData.load(new RunFixture()
                .add("go", "seed", "SeedRequest.fastPath", "variant=before-leaky", "time", "ns/op", 3, 3)
                .add("go", "seed", "SeedRequest.fastPath", "variant=before-cancel", "time", "ns/op", 1, 1)
                .add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 1, 1).write(dir.resolve("few")));
        assertEquals("there are too few samples to tell which explanation holds (the ratios below are untested)",
                SeedFragments.answer(few, "go"));
    }

    @Test
    void theRuntimesTablePairsEachSeriesOnBothOfTheModelsRuntimes() throws Exception {
        RunFixture f = new RunFixture();
        for (String sched : List.of("go", "vt")) {
            String p = "queue=go-heap;sched=" + sched + ";variant=after";
            f.add("java", "seed", "SeedRequest.fastPath", p, "time", "ns/op", ReportFixture.around(sched.equals("go") ? 1000 : 5000, 1));
            f.add("java", "seed", "SeedRequest.fastPath", p, "ctxsw_voluntary", "#/op", ReportFixture.around(sched.equals("go") ? 0.01 : 1.5, 0));
            f.add("java", "seed", "SeedRequest.fastPath", p, "ctxsw_involuntary", "#/op", ReportFixture.around(sched.equals("go") ? 0.002 : 0.25, 0));
        }
        // on one runtime only: not a row of the table
        f.add("java", "timers", "TimerOps.fire", "kind=chan;live=0;queue=go-heap;sched=go", "time", "ns/op", ReportFixture.around(800, 1));
        f.add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", ReportFixture.around(1100, 1));
        ReportInput in = new ReportInput(RunData.load(f.write(dir.resolve("run"))), dir, false);
        Fragments all = Fragments.all();
        String table = all.content(new MarkedText.Marker(MarkedText.Kind.TABLE, "runtimes", 1), in, "R.md");
        List<String> rows = table.lines().filter(l -> l.startsWith("| SeedRequest") || l.startsWith("| TimerOps")).toList();
        assertEquals(1, rows.size(), table);
        assertTrue(rows.get(0).matches("\\| SeedRequest\\.fastPath after +\\| +1 µs ±[^|]+\\| +0\\.012 +\\| +5 µs ±[^|]+\\| +1\\.75 +\\| +5\\.00× \\[[^|]+\\] +\\| +1\\.1 µs ±[^|]+\\|"),
                rows.get(0));
        assertTrue(all.content(new MarkedText.Marker(MarkedText.Kind.NUM, "runtimes.fast.after.vt-vs-go", 1), in, "R.md").startsWith("5.00× ["));
        assertEquals("1.75", all.content(new MarkedText.Marker(MarkedText.Kind.NUM, "runtimes.fast.after.ctxsw.vt", 1), in, "R.md"));
        assertEquals(Fmt.NONE, all.content(new MarkedText.Marker(MarkedText.Kind.NUM, "runtimes.fast.before-leaky.ctxsw.go", 1), in, "R.md"));
    }

    @Test
    void crossoverNeedsTheChainSlowerAtEveryLargerDepth() throws Exception {
        RunFixture f = new RunFixture();
        double[] chain = {10, 30, 12, 40};
        String[] depths = {"1", "10", "100", "1000"};
        for (int i = 0; i < depths.length; i++) {
            f.add("go", "values", "ValueLookup.chain", "depth=" + depths[i] + ";key=present", "time", "ns/op", ReportFixture.around(chain[i], 0.1));
            f.add("go", "values", "ValueLookup.aggregated", "depth=" + depths[i] + ";key=present", "time", "ns/op", ReportFixture.around(20, 0.1));
        }
        RunData run = RunData.load(f.write(dir.resolve("run")));
        assertEquals("from depth 1000 on", ValueFragments.crossover(run, "go", "present"), "depth 100 is faster again");
        assertEquals("(no data in this run)", ValueFragments.crossover(run, "go", "missing"));
        assertEquals("(no data in this run)", ValueFragments.crossover(run, RunData.MODEL, "present"));
    }
}
