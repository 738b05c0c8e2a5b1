package ctxbench.charts;

import ctxbench.results.TimeSeriesFile;
import java.awt.Font;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One chart per {@code *-timeseries.csv}: one panel per numeric column (each with its own y axis,
 * since live timers, heap bytes and latencies differ by orders of magnitude) over a shared time axis.
 */
final class TimeSeriesChart {
    private static final int WIDTH = 1000;
    private static final int PANEL_HEIGHT = 220;

    private TimeSeriesChart() {
    }

    /** The chart of one file. */
    static NamedChart of(TimeSeriesFile file) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.numberAxis("time (ms)"));
        plot.setGap(10);
        int i = 0;
        for (Map.Entry<String, double[]> column : file.columns().entrySet()) {
            XYSeries s = new XYSeries(column.getKey(), false, true);
            for (int r = 0; r < file.t().length; r++) s.add(file.t()[r], Double.isNaN(column.getValue()[r]) ? null : column.getValue()[r]);
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            ChartStyle.paintSeries(renderer, 0, i++);
            NumberAxis y = ChartStyle.numberAxis(column.getKey());
            y.setAutoRangeIncludesZero(true);
            y.setRangeType(RangeType.POSITIVE);      // counts, bytes and rates
            y.setAutoRangeMinimumSize(1.0);          // a series that stays at 0 gets a 0..1 axis, not "-0" ticks
            plot.add(new XYPlot(new XYSeriesCollection(s), null, y, renderer), 1);
        }
        JFreeChart chart = new JFreeChart(file.name(), ChartStyle.font(Font.BOLD, 18), plot, false);
        ChartStyle.apply(chart);
        return new NamedChart(NamedChart.fileName("timeseries", file.name()), chart, WIDTH,
                120 + PANEL_HEIGHT * Math.max(1, file.columns().size()));
    }
}
