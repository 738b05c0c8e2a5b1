package ctxbench.report;

import ctxbench.cli.BadInputException;
import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import ctxbench.results.RunFolder;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chart regions: the names {@code scripts/charts.sh} gives its files ({@code ctxbench.charts}), and
 * the link to one of them. A chart region links the PNG when the run's {@code charts/} has it; says
 * in italics that the run has no data for it when the run lacks the data; and fails when the data
 * is there but the chart is not (charts not drawn yet, or stale), so REPORT.md never shows a
 * broken image or silently drops a chart ({@code --check} links it anyway and then reports the
 * missing image).
 */
final class ChartLinks {
    private ChartLinks() {
    }

    /**
     * The file name rule of {@code ctxbench.charts.NamedChart#fileName}: parts joined with {@code -},
     * characters other than letters, digits and {@code . _ - =} replaced by {@code _}, plus {@code .png}.
     */
    static String file(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9._=-]", "_") + ".png";
    }

    /** The grouped-bar chart of one benchmark: {@code bars-<suite>-<Class.method>.png}. */
    static String bars(String suite, String benchmark) {
        return file("bars", suite, benchmark);
    }

    /** The log-log scaling chart: {@code scaling-<suite>-<Class.method>-<param>-<metric>.png}. */
    static String scaling(String suite, String benchmark, String param, String metric) {
        return file("scaling", suite, benchmark, param, metric);
    }

    /** The chart of {@code hdr/<name>.csv} (a {@code *-timeseries.csv}): {@code timeseries-<name>.png}. */
    static String timeSeries(String csvFileName) {
        return file("timeseries", csvFileName.replaceFirst("\\.csv$", ""));
    }

    /** The percentile plot of the seed scenario on the go-heap queue, Go's lines beside it (runs made before {@code sched} existed). */
    static final String LATENCY = "latency-percentiles-go-heap.png";
    /** The same on the go-heap queue and the go runtime ({@code sched=go}), Go's lines beside it. */
    static final String LATENCY_SCHED_GO = "latency-percentiles-go-heap-go.png";

    /** Whether charts draws a bar chart of this benchmark: any row of it. */
    static Predicate<RunData> hasBars(String suite, String benchmark) {
        return run -> run.has(suite, benchmark);
    }

    /**
     * Whether charts draws this scaling chart: rows of the benchmark and metric with the parameter
     * at two or more distinct positive values and a positive score.
     */
    static Predicate<RunData> hasScaling(String suite, String benchmark, String param, String metric) {
        return run -> {
            Set<Double> xs = new HashSet<>();
            for (String source : new String[] {"java", "go"}) {
                for (ResultRow r : run.rows(source, suite, benchmark)) {
                    String x = Params.parse(r.params()).get(param);
                    if (!r.metric().equals(metric) || x == null || !(r.score() > 0)) continue;
                    try {
                        double v = Double.parseDouble(x);
                        if (v > 0) xs.add(v);
                    } catch (NumberFormatException e) {
                        // not a number: charts leaves it out too
                    }
                }
            }
            return xs.size() >= 2;
        };
    }

    /**
     * A chart region's fragment.
     *
     * @param name    the marker's name
     * @param file    the chart's file in {@code charts/}
     * @param alt     the image's alternative text
     * @param hasData whether the run has the data the chart is drawn from
     * @param missing what the run lacks, for the note shown instead of the image
     */
    static Fragment chart(String name, String file, String alt, Predicate<RunData> hasData, String missing) {
        return Fragment.chart(name, in -> link(in, file, alt, hasData.test(in.run()), missing));
    }

    /** The link to {@code file}, or the note, or the failure (see the class comment). */
    static String link(ReportInput in, String file, String alt, boolean hasData, String missing) throws BadInputException {
        if (in.run().hasChart(file) || (hasData && in.linkMissingCharts())) return "![" + alt + "](" + in.chartLink(file) + ")";
        if (hasData) {
            throw new BadInputException(RunFolder.at(in.run().dir()).charts().resolve(file) + " is missing although the run has its data: run "
                    + "scripts/charts.sh " + in.run().dir() + " first");
        }
        return "*(No chart: this run has no " + missing + ".)*";
    }
}
