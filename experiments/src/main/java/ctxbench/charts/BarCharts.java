package ctxbench.charts;

import ctxbench.results.ResultRow;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.RangeType;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Grouped bar charts with error bars, one chart per suite and benchmark: the score of every row
 * with JMH's 99.9% error as the error bar, categories = the variant-like parameters, bars within a
 * category = source and Java-only parameters (Java beside Go), one stacked panel per metric and
 * unit (time above allocation).
 */
final class BarCharts {
    private static final int WIDTH = 1000;
    private static final int PANEL_HEIGHT = 300;

    private BarCharts() {
    }

    /** One chart per suite and benchmark of {@code rows}, in the rows' order. */
    static List<NamedChart> of(List<ResultRow> rows) {
        Map<String, List<ResultRow>> byBenchmark = new LinkedHashMap<>();
        for (ResultRow r : rows) byBenchmark.computeIfAbsent(r.suite() + "\n" + r.benchmark(), k -> new ArrayList<>()).add(r);
        List<NamedChart> charts = new ArrayList<>();
        for (List<ResultRow> group : byBenchmark.values()) charts.add(chart(group));
        return charts;
    }

    private static NamedChart chart(List<ResultRow> rows) {
        ResultRow first = rows.get(0);
        Map<String, Integer> seriesIndex = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        Map<String, List<ResultRow>> panels = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            RowLabels labels = RowLabels.of(r);
            seriesIndex.putIfAbsent(labels.series(), seriesIndex.size());
            if (!categories.contains(labels.category())) categories.add(labels.category());
            panels.computeIfAbsent(r.metric() + " (" + r.unit() + ")", k -> new ArrayList<>()).add(r);
        }
        CategoryAxis axis = new CategoryAxis(RowLabels.categoryAxisLabel(categories));
        if (categories.size() > 6) axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(axis);
        plot.setGap(12);
        LegendItemCollection legend = null;
        for (List<ResultRow> panel : panels.values()) {
            CategoryPlot sub = panel(panel, categories, seriesIndex);
            plot.add(sub, 1);
            if (legend == null) legend = sub.getLegendItems(); // same series colours in every panel
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(first.suite() + ": " + first.benchmark(), ChartStyle.font(Font.BOLD, 18),
                plot, true);
        chart.addSubtitle(new TextTitle("score ± 99.9% error; java = the model on the JVM, go = the Go runtime",
                ChartStyle.font(Font.PLAIN, 12)));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartStyle.apply(chart);
        return new NamedChart(NamedChart.fileName("bars", first.suite(), first.benchmark()), chart, WIDTH,
                160 + PANEL_HEIGHT * panels.size());
    }

    private static CategoryPlot panel(List<ResultRow> rows, List<String> categories, Map<String, Integer> seriesIndex) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        // Every series and category in the same order in every panel, so bars line up across panels.
        for (String series : seriesIndex.keySet()) {
            for (String category : categories) data.add((Number) null, (Number) null, series, category);
        }
        for (ResultRow r : rows) {
            RowLabels labels = RowLabels.of(r);
            Number error = Double.isNaN(r.error()) ? null : r.error();
            data.add((Number) r.score(), error, labels.series(), labels.category());
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setItemMargin(0.05);
        int i = 0;
        for (String series : seriesIndex.keySet()) ChartStyle.paintSeries(renderer, i++, seriesIndex.get(series));
        ResultRow first = rows.get(0);
        NumberAxis range = ChartStyle.numberAxis(RowLabels.metricAxisLabel(first.metric(), first.unit()));
        range.setRangeType(RangeType.POSITIVE); // times and sizes: an error bar never reaches below zero
        return new CategoryPlot(data, null, range, renderer);
    }
}
