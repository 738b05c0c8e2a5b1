package ctxbench.load;

import ctxbench.results.ResultRow;
import ctxbench.results.ResultsCsv;
import ctxbench.results.RunFolder;
import ctxbench.results.WriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * The {@code results.csv} rows of the load experiments ({@code suite=load}, docs/results-format.md)
 * and how they join a run folder's existing rows.
 *
 * <p>Each row summarises one run, so {@code samples} is 1 and {@code error} is empty: a load run
 * yields one percentile per metric, not a mean over iterations (repeat the run to see its
 * spread). Latency metrics are {@code p50}, {@code p99}, {@code p999}, {@code max} in {@code us}.
 */
final class LoadRows {
    /** The suite of every load row. */
    static final String SUITE = "load";
    /** Rows from the model on the JVM. */
    static final String JAVA = "java";
    /** Rows from the real Go runtime. */
    static final String GO = "go";

    private LoadRows() {
    }

    /** One row of one run: samples 1, no error. */
    static ResultRow row(String source, String benchmark, String params, String metric, String unit, double score) {
        return new ResultRow(source, SUITE, benchmark, params, metric, unit, score, Double.NaN, 1);
    }

    /** {@code p50}, {@code p99}, {@code p999} and {@code max} of a histogram of nanoseconds, in microseconds. */
    static List<ResultRow> latency(String source, String benchmark, String params, Histogram nanos) {
        return List.of(
                row(source, benchmark, params, "p50", "us", micros(nanos.getValueAtPercentile(50))),
                row(source, benchmark, params, "p99", "us", micros(nanos.getValueAtPercentile(99))),
                row(source, benchmark, params, "p999", "us", micros(nanos.getValueAtPercentile(99.9))),
                row(source, benchmark, params, "max", "us", micros(nanos.getMaxValue())));
    }

    private static double micros(long nanos) {
        return nanos / HdrFiles.NANOS_PER_MICRO;
    }

    /**
     * Adds {@code rows} to {@code <run>/results.csv}: rows already there are kept, except earlier
     * load rows of the same source, benchmark and parameters, which {@code rows} replace. The file
     * is read completely first (a malformed file changes nothing) and rewritten through a temporary
     * file and an atomic rename; it is created when the run has none.
     */
    static void merge(Path run, List<ResultRow> rows) throws IOException {
        Path file = RunFolder.at(run).resultsCsv();
        Set<List<String>> replaced = new HashSet<>();
        for (ResultRow r : rows) {
            replaced.add(identity(r));
        }
        List<ResultRow> merged = new ArrayList<>();
        if (Files.exists(file)) {
            for (ResultRow r : ResultsCsv.readResults(file)) {
                if (!replaced.contains(identity(r))) {
                    merged.add(r);
                }
            }
        }
        merged.addAll(rows);
        ResultsCsv.writeResults(file, merged, WriteMode.REPLACE);
    }

    /** What makes two rows results of the same experiment: source, suite, benchmark and parameters. */
    private static List<String> identity(ResultRow r) {
        return List.of(r.source(), r.suite(), r.benchmark(), r.params());
    }
}
