package ctxbench.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.results.ResultRow;
import ctxbench.results.TimeSeriesFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart inputs and labels on their own. */
class ChartInputsTest {
    @TempDir
    Path dir;

    @Test
    void hgrmFromHdrHistogram() throws Exception {
        Path run = ChartFixtures.run(dir.resolve("run"));
        HgrmFile h = HgrmFile.parse(run.resolve("hdr/seed-after.hgrm"));
        assertEquals("seed-after", h.name());
        assertEquals(0.0, h.percentiles()[0]);
        assertEquals(1.0, h.percentiles()[h.percentiles().length - 1]); // the 3-column last line
        assertEquals(100.0, h.values()[0]);
    }

    @Test
    void timeSeriesKeepsNumericColumnsWithGaps() throws Exception {
        Path run = ChartFixtures.run(dir.resolve("run"));
        TimeSeriesFile t = TimeSeriesFile.parse(run.resolve("hdr/seed-after-timeseries.csv"));
        assertEquals("seed-after-timeseries", t.name());
        assertArrayEquals(new double[] {0, 100, 200}, t.t());
        assertEquals(List.of("live_timers", "heap_bytes"), List.copyOf(t.columns().keySet()));
        assertArrayEquals(new double[] {1000, 2000, Double.NaN}, t.columns().get("heap_bytes"));
    }

    @Test
    void labelsPutJavaOnlyParametersInTheLegend() {
        ResultRow java = new ResultRow("java", "seed", "S.m", "queue=jdk;variant=after", "time", "ns/op", 1, 1, 1);
        ResultRow go = new ResultRow("go", "seed", "S.m", "variant=after", "time", "ns/op", 1, 1, 1);
        assertEquals(new RowLabels("java queue=jdk", "variant=after"), RowLabels.of(java));
        assertEquals(new RowLabels("go", "variant=after"), RowLabels.of(go));
        ResultRow timer = new ResultRow("java", "timers", "T.m", "kind=chan;live=10;queue=go-heap", "time", "ns/op", 1, 1, 1);
        assertEquals("java kind=chan queue=go-heap", RowLabels.of(timer, "live").series());
        assertEquals("variant", RowLabels.categoryAxisLabel(List.of("variant=after", "variant=timer-stop")));
        assertEquals("parameters", RowLabels.categoryAxisLabel(List.of("kind=chan live=0")));
        assertEquals("allocation (B/op)", RowLabels.metricAxisLabel("alloc", "B/op"));
    }

    @Test
    void percentileLabels() {
        assertEquals("0%", PercentileChart.percentileLabel(1));
        assertEquals("90%", PercentileChart.percentileLabel(10));
        assertEquals("99.9%", PercentileChart.percentileLabel(1000));
        assertEquals("99.999%", PercentileChart.percentileLabel(100000));
    }

    @Test
    void onePercentileChartPerSeedQueueWithGoBesideAndPerOtherExperiment() {
        List<HgrmFile> files = List.of("after-go-heap", "after-jdk", "before-leaky-go-heap", "after-go", "before-leaky-go",
                "timer-lateness-go-heap", "timer-lateness-jdk", "cancel-latency-chain-10", "handoff-2", "seed-after").stream()
                .map(n -> new HgrmFile(n, new double[] {1, 2}, new double[] {0.5, 0.9})).toList();
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (NamedChart c : PercentileChart.of(files)) {
            List<String> names = new ArrayList<>();
            var data = (XYSeriesCollection) c.chart().getXYPlot().getDataset();
            for (int i = 0; i < data.getSeriesCount(); i++) names.add(data.getSeries(i).getKey().toString());
            lines.put(c.name(), names);
        }
        assertEquals(Map.of(
                "latency-percentiles-go-heap", List.of("after-go-heap", "before-leaky-go-heap", "after-go", "before-leaky-go"),
                "latency-percentiles-jdk", List.of("after-jdk", "after-go", "before-leaky-go"),
                "latency-percentiles-timer-lateness", List.of("timer-lateness-go-heap", "timer-lateness-jdk"),
                "latency-percentiles-cancel-latency", List.of("cancel-latency-chain-10"),
                "latency-percentiles-handoff", List.of("handoff-2"),
                "latency-percentiles", List.of("seed-after")), lines);
    }

    /** Files that carry the goroutine runtime: one chart per queue and runtime, Go beside each, the runtime in the title. */
    @Test
    void seedFilesOfEachRuntimeGetAChartOfTheirOwn() {
        List<HgrmFile> files = List.of("after-go-heap-go", "after-go-heap-vt", "after-jdk-go", "after-go",
                "timer-lateness-go-heap-go", "timer-lateness-go-heap-vt", "handoff-virtual-go").stream()
                .map(n -> new HgrmFile(n, new double[] {1, 2}, new double[] {0.5, 0.9})).toList();
        Map<String, List<String>> lines = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (NamedChart c : PercentileChart.of(files)) {
            List<String> names = new ArrayList<>();
            var data = (XYSeriesCollection) c.chart().getXYPlot().getDataset();
            for (int i = 0; i < data.getSeriesCount(); i++) names.add(data.getSeries(i).getKey().toString());
            lines.put(c.name(), names);
            titles.put(c.name(), c.chart().getTitle().getText());
        }
        assertEquals(Map.of(
                "latency-percentiles-go-heap-go", List.of("after-go-heap-go", "after-go"),
                "latency-percentiles-go-heap-vt", List.of("after-go-heap-vt", "after-go"),
                "latency-percentiles-jdk-go", List.of("after-jdk-go", "after-go"),
                "latency-percentiles-timer-lateness", List.of("timer-lateness-go-heap-go", "timer-lateness-go-heap-vt"),
                "latency-percentiles-handoff", List.of("handoff-virtual-go")), lines);
        assertEquals("Seed request latency by percentile, model on the go-heap queue, sched=go, and Go",
                titles.get("latency-percentiles-go-heap-go"));
        assertEquals("the go-heap queue", PercentileChart.modelSetting("go-heap"), "runs made before sched existed");
        assertEquals("the go-heap queue, sched=vt, slow0.01", PercentileChart.modelSetting("go-heap-vt-slow0.01"));
    }

    @Test
    void changeUsesMedianIntervalsOrScores() {
        double[] old = {100, 101, 99, 100, 102, 98};
        double[] cur = {120, 121, 119, 120, 122, 118};
        Change c = Change.of(old, 100, cur, 120);
        assertEquals(20, c.pct(), 1e-9);
        assertEquals((118 / 102.0 - 1) * 100, c.lo(), 1e-9);
        assertEquals((122 / 98.0 - 1) * 100, c.hi(), 1e-9);
        Change scores = Change.of(new double[0], 50, new double[0], 25);
        assertEquals(-50, scores.pct(), 1e-9);
        assertEquals(Double.NaN, scores.lo());
        assertEquals(null, Change.of(new double[0], 0, new double[0], 25));
    }
}
