package ctxbench.charts;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to render: the file name without extension (unique in {@code charts/}), the chart
 * and its fixed pixel size.
 */
record NamedChart(String name, JFreeChart chart, int width, int height) {

    /** A safe file name from parts: characters other than letters, digits, {@code . _ - =} become {@code _}. */
    static String fileName(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9._=-]", "_");
    }
}
