package ctxbench.charts;

import ctxbench.seed.SeedVariant;
import ctxbench.workloads.queues.InstalledQueue;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The latency-by-percentile plots of HdrHistogram's plotter: x = {@code 1/(1-p)} on a log axis
 * labelled as percentiles (90%, 99%, 99.9%, ...), y = latency, one line per {@code .hgrm} file.
 * The 100% step is infinitely far right and is left out.
 *
 * <p>One chart per experiment, so that each compares like with like: the seed scenario's files
 * ({@code <variant>-<queue>-<sched>}, or {@code <variant>-<queue>} in runs made before the
 * goroutine runtime was recorded) one chart per timer queue and runtime (and slow share),
 * {@code latency-percentiles-<queue>-<sched>}, with Go's lines ({@code <variant>-go}) in each;
 * every other experiment ({@code timer-lateness-*}, {@code cancel-latency-*}, {@code handoff-*})
 * one chart, {@code latency-percentiles-<experiment>}; a file that is neither goes to
 * {@code latency-percentiles}.
 */
final class PercentileChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 650;
    /** The load experiments other than the seed scenario, by the prefix of their file names. */
    private static final List<String> EXPERIMENTS = List.of("timer-lateness", "cancel-latency", "handoff");
    private static final String GO = "go";
    /** The goroutine runtimes a file name may carry after its queue. */
    private static final List<String> SCHEDS = List.of("go", "vt");

    private PercentileChart() {
    }

    /** The charts of {@code files}; lines in the given order. */
    static List<NamedChart> of(List<HgrmFile> files) {
        Map<String, List<HgrmFile>> seedByQueue = new TreeMap<>();
        Map<String, List<HgrmFile>> byExperiment = new TreeMap<>();
        List<HgrmFile> go = new ArrayList<>();
        List<HgrmFile> other = new ArrayList<>();
        for (HgrmFile f : files) {
            Optional<String> experiment = EXPERIMENTS.stream().filter(e -> f.name().startsWith(e + "-")).findFirst();
            Optional<String> queue = seedQueue(f.name());
            if (experiment.isPresent()) byExperiment.computeIfAbsent(experiment.get(), k -> new ArrayList<>()).add(f);
            else if (queue.isEmpty()) other.add(f);
            else if (queue.get().equals(GO)) go.add(f);
            else seedByQueue.computeIfAbsent(queue.get(), k -> new ArrayList<>()).add(f);
        }
        if (seedByQueue.isEmpty() && !go.isEmpty()) seedByQueue.put(GO, List.of());
        List<NamedChart> charts = new ArrayList<>();
        seedByQueue.forEach((queue, java) -> {
            List<HgrmFile> lines = new ArrayList<>(java);
            if (!queue.equals(GO)) lines.addAll(go);
            charts.add(chart("latency-percentiles-" + queue, "Seed request latency by percentile"
                    + (queue.equals(GO) ? ", Go" : ", model on " + modelSetting(queue) + (go.isEmpty() ? "" : ", and Go")), lines));
        });
        byExperiment.forEach((experiment, lines) ->
                charts.add(chart("latency-percentiles-" + experiment, experiment + " by percentile", lines)));
        if (!other.isEmpty()) charts.add(chart("latency-percentiles", "Latency by percentile", other));
        return charts;
    }

    /**
     * What the part of a seed scenario file's name after the variant says, for a title:
     * {@code go-heap-go} → "the go-heap queue, sched=go"; {@code jdk} → "the jdk queue"; whatever
     * follows queue and runtime (a slow share) is appended as it is.
     */
    static String modelSetting(String rest) {
        for (String queue : InstalledQueue.NAMES) {
            if (!rest.equals(queue) && !rest.startsWith(queue + "-")) continue;
            String after = rest.substring(queue.length());
            String text = "the " + queue + " queue";
            for (String sched : SCHEDS) {
                if (after.equals("-" + sched) || after.startsWith("-" + sched + "-")) {
                    text += ", sched=" + sched;
                    after = after.substring(sched.length() + 1);
                    break;
                }
            }
            return text + (after.isEmpty() ? "" : ", " + after.substring(1));
        }
        return "the " + rest + " queue";
    }

    /** The queue of a seed scenario file {@code <variant>-<queue>} ({@code go} for Go's), if it is one. */
    private static Optional<String> seedQueue(String name) {
        return SeedVariant.NAMES.stream().filter(v -> name.startsWith(v + "-"))
                .map(v -> name.substring(v.length() + 1)).findFirst();
    }

    private static NamedChart chart(String name, String title, List<HgrmFile> files) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (HgrmFile f : files) {
            XYSeries s = new XYSeries(f.name(), false, true);
            for (int i = 0; i < f.values().length; i++) {
                if (f.percentiles()[i] < 1) s.add(1 / (1 - f.percentiles()[i]), f.values()[i]);
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < files.size(); i++) ChartStyle.paintSeries(renderer, i, i);
        LogAxis x = new LogAxis("percentile");
        x.setSmallestValue(1);
        x.setNumberFormatOverride(new ChartStyle.LabelFormat(PercentileChart::percentileLabel));
        XYPlot plot = new XYPlot(data, x, ChartStyle.numberAxis("latency (µs)"), renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), plot, true);
        chart.addSubtitle(new TextTitle("HdrHistogram percentile distributions (coordinated-omission corrected); "
                + "x axis: 1/(1-percentile)", ChartStyle.font(Font.PLAIN, 12)));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart);
        return new NamedChart(name, chart, WIDTH, HEIGHT);
    }

    /** The percentile at x = 1/(1-p): 1 → 0%, 10 → 90%, 1000 → 99.9%. */
    static String percentileLabel(double x) {
        return new BigDecimal(100 * (1 - 1 / x)).setScale(9, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
