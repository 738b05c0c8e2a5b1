package ctxbench.charts;

import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The latency-by-percentile plot of HdrHistogram's plotter: x = {@code 1/(1-p)} on a log axis
 * labelled as percentiles (90%, 99%, 99.9%, ...), y = latency, one line per {@code .hgrm} file of
 * the run. The 100% step is infinitely far right and is left out.
 */
final class PercentileChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 650;

    private PercentileChart() {
    }

    /** The chart of {@code files}, in the given order. */
    static NamedChart of(List<HgrmFile> files) {
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
        JFreeChart chart = new JFreeChart("Latency by percentile", ChartStyle.font(Font.BOLD, 18), plot, true);
        chart.addSubtitle(new TextTitle("HdrHistogram percentile distributions (coordinated-omission corrected); "
                + "x axis: 1/(1-percentile)", ChartStyle.font(Font.PLAIN, 12)));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart);
        return new NamedChart("latency-percentiles", chart, WIDTH, HEIGHT);
    }

    /** The percentile at x = 1/(1-p): 1 → 0%, 10 → 90%, 1000 → 99.9%. */
    static String percentileLabel(double x) {
        return new BigDecimal(100 * (1 - 1 / x)).setScale(9, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
