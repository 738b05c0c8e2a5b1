package ctxbench.charts;

import ctxbench.results.ResultRow;
import ctxbench.results.ResultSet;
import ctxbench.results.SeriesKey;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * With two runs, the change of every series found in both, per suite, as a forest plot: a point at
 * the change of the medians (%) and a bar over its interval ({@link Change}), one row per source,
 * benchmark, parameters and metric, with a line at 0.
 */
final class ChangeChart {
    private static final int WIDTH = 1100;
    private static final int ROW_HEIGHT = 26;
    private static final String SERIES = "change";

    private ChangeChart() {
    }

    /** One chart per suite of the series in both runs; {@code baselineName} names the old run. */
    static List<NamedChart> of(ResultSet baseline, String baselineName, ResultSet current) {
        Map<SeriesKey, ResultRow> old = new LinkedHashMap<>();
        for (ResultRow r : baseline.results()) old.putIfAbsent(r.key(), r);
        Map<SeriesKey, double[]> oldSamples = baseline.samplesByKey();
        Map<SeriesKey, double[]> newSamples = current.samplesByKey();
        Map<String, Map<String, Change>> bySuite = new LinkedHashMap<>();
        for (ResultRow r : current.results()) {
            ResultRow o = old.get(r.key());
            if (o == null || !o.unit().equals(r.unit())) continue;
            Change c = Change.of(oldSamples.getOrDefault(r.key(), new double[0]), o.score(),
                    newSamples.getOrDefault(r.key(), new double[0]), r.score());
            if (c == null) continue;
            String label = r.source() + " " + r.benchmark() + (r.params().isEmpty() ? "" : " " + r.params()) + " " + r.metric();
            bySuite.computeIfAbsent(r.suite(), k -> new LinkedHashMap<>()).put(label, c);
        }
        List<NamedChart> charts = new ArrayList<>();
        bySuite.forEach((suite, changes) -> charts.add(chart(suite, baselineName, changes)));
        return charts;
    }

    private static NamedChart chart(String suite, String baselineName, Map<String, Change> changes) {
        String[] labels = changes.keySet().toArray(new String[0]);
        Number[][] lo = new Number[1][labels.length];
        Number[][] hi = new Number[1][labels.length];
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        for (int i = 0; i < labels.length; i++) {
            Change c = changes.get(labels[i]);
            points.addValue(c.pct(), SERIES, labels[i]);
            if (!Double.isNaN(c.lo())) {
                lo[0][i] = c.lo();
                hi[0][i] = c.hi();
            }
        }
        IntervalBarRenderer intervals = new IntervalBarRenderer();
        intervals.setBarPainter(new StandardBarPainter());
        intervals.setShadowVisible(false);
        ChartStyle.paintSeries(intervals, 0, 4);
        intervals.setMaximumBarWidth(0.25 / labels.length); // a thin bar: about a quarter of each row
        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        ChartStyle.paintSeries(marks, 0, 7);
        CategoryAxis axis = new CategoryAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.6f);
        NumberAxis range = ChartStyle.numberAxis("change (%)");
        range.setAutoRangeIncludesZero(true);
        range.setAutoRangeMinimumSize(2); // percent: no-change charts get a readable axis, not ±1e-8
        CategoryPlot plot = new CategoryPlot(new DefaultIntervalCategoryDataset(new String[] {"95% interval"}, labels, lo, hi),
                axis, range, intervals);
        plot.setDataset(1, points);
        plot.setRenderer(1, marks);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // points over their interval
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(suite + ": change against " + baselineName, ChartStyle.font(Font.BOLD, 18),
                plot, true);
        chart.addSubtitle(new TextTitle("change of the medians; bar: the range the two 95% median intervals allow "
                + "(none without raw samples or with fewer than 6)", ChartStyle.font(Font.PLAIN, 12)));
        ChartStyle.apply(chart);
        return new NamedChart(NamedChart.fileName("change", suite, "vs", baselineName), chart, WIDTH,
                170 + ROW_HEIGHT * labels.length);
    }
}
