package ctxbench.charts;

import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Log-log line charts of how a benchmark scales with a growing parameter ({@link #GROWING}): x =
 * the parameter, y = the score with its 99.9% error, one line per source and other parameters.
 * One chart per suite, benchmark, growing parameter and metric with at least two positive x values;
 * zero values (e.g. {@code live=0}) cannot sit on a log axis and are left out, as the subtitle says.
 */
final class ScalingCharts {
    /** Parameters whose values grow by orders of magnitude. */
    static final List<String> GROWING = List.of("depth", "fanout", "live", "cap", "concurrency");
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 650;

    private ScalingCharts() {
    }

    /** The scaling charts of {@code rows}, in the rows' order. */
    static List<NamedChart> of(List<ResultRow> rows) {
        Map<List<String>, List<ResultRow>> groups = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            for (String param : GROWING) {
                if (Params.parse(r.params()).containsKey(param)) {
                    groups.computeIfAbsent(List.of(r.suite(), r.benchmark(), param, r.metric(), r.unit()),
                            k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<NamedChart> charts = new ArrayList<>();
        groups.forEach((key, group) -> {
            NamedChart chart = chart(key.get(0), key.get(1), key.get(2), group);
            if (chart != null) charts.add(chart);
        });
        return charts;
    }

    private static NamedChart chart(String suite, String benchmark, String param, List<ResultRow> rows) {
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        Set<Double> xs = new LinkedHashSet<>();
        boolean leftOut = false;
        for (ResultRow r : rows) {
            double x = number(Params.parse(r.params()).get(param));
            if (!(x > 0) || !(r.score() > 0)) {
                leftOut = true;
                continue;
            }
            double err = Double.isNaN(r.error()) || r.error() >= r.score() ? 0 : r.error();
            series.computeIfAbsent(RowLabels.of(r, param).series(), k -> new YIntervalSeries(k, true, true))
                    .add(x, r.score(), r.score() - err, r.score() + err);
            xs.add(x);
        }
        if (xs.size() < 2) return null;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorPaint(Color.DARK_GRAY);
        for (int i = 0; i < series.size(); i++) ChartStyle.paintSeries(renderer, i, i);
        ResultRow first = rows.get(0);
        LogAxis x = ChartStyle.logAxis(param);
        Range xRange = DatasetUtils.findDomainBounds(data);
        ChartStyle.decadeTicks(x, xRange.getLowerBound(), xRange.getUpperBound());
        LogAxis y = ChartStyle.logAxis(RowLabels.metricAxisLabel(first.metric(), first.unit()));
        Range yRange = DatasetUtils.findRangeBounds(data, true);
        ChartStyle.decadeTicks(y, yRange.getLowerBound(), yRange.getUpperBound());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(suite + ": " + benchmark + " by " + param, ChartStyle.font(Font.BOLD, 18), plot, true);
        chart.addSubtitle(new TextTitle("log-log; score ± 99.9% error" + (leftOut ? "; " + param + "=0 and zero scores cannot be shown on a log axis" : ""),
                ChartStyle.font(Font.PLAIN, 12)));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart);
        return new NamedChart(NamedChart.fileName("scaling", suite, benchmark, param, first.metric()), chart, WIDTH, HEIGHT);
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
