package ctxbench.testing;

import ctxbench.results.ResultRow;
import ctxbench.results.ResultsCsv;
import ctxbench.results.SampleRow;
import ctxbench.results.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Builds small run folders for tests: each series is given by its raw samples; {@code results.csv}
 * gets the mean and 99.9% error computed from them, {@code samples.csv} the samples (one fork).
 */
public final class RunFixture {
    private final List<ResultRow> results = new ArrayList<>();
    private final List<SampleRow> samples = new ArrayList<>();

    /** Adds one series. */
    public RunFixture add(String source, String suite, String benchmark, String params, String metric, String unit,
                          double... values) {
        results.add(new ResultRow(source, suite, benchmark, params, metric, unit, Summary.mean(values),
                Summary.error999(values), values.length));
        for (int i = 0; i < values.length; i++) {
            samples.add(new SampleRow(source, suite, benchmark, params, metric, unit, 1, i + 1, values[i]));
        }
        return this;
    }

    /** A copy in which the series of {@code benchmark} has every sample transformed by {@code f}. */
    public RunFixture mapBenchmark(String benchmark, DoubleUnaryOperator f) {
        RunFixture copy = new RunFixture();
        for (ResultRow r : results) {
            double[] v = samples.stream().filter(s -> s.key().equals(r.key())).mapToDouble(SampleRow::value).toArray();
            if (r.benchmark().equals(benchmark)) v = Arrays.stream(v).map(f).toArray();
            copy.add(r.source(), r.suite(), r.benchmark(), r.params(), r.metric(), r.unit(), v);
        }
        return copy;
    }

    /** Writes {@code results.csv} and {@code samples.csv} into a new folder {@code dir}. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        ResultsCsv.writeResults(dir.resolve("results.csv"), results);
        ResultsCsv.writeSamples(dir.resolve("samples.csv"), samples);
        return dir;
    }

    /** A typical small run: seed and timer rows, time and alloc, Java and Go, ten samples each. */
    public static RunFixture typical() {
        return new RunFixture()
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "time", "ns/op",
                        1010, 1003, 998, 1021, 1007, 995, 1012, 1001, 1004, 999)
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "alloc", "B/op",
                        328, 328, 328, 328, 328, 328, 328, 328, 328, 328)
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=before-leaky", "time", "ns/op",
                        1510, 1490, 1502, 1533, 1498, 1507, 1511, 1495, 1520, 1503)
                .add("java", "seed", "SeedRequest.fastPath", "queue=jdk;variant=after", "time", "ns/op",
                        1210, 1190, 1202, 1233, 1198, 1207, 1211, 1195, 1220, 1203)
                .add("java", "timers", "TimerOps.createStop", "kind=chan;live=1000;queue=go-heap", "time", "ops/us",
                        10.1, 10.3, 9.9, 10.0, 10.2, 10.1, 9.8, 10.4, 10.0, 10.1)
                .add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op",
                        610, 603, 598, 621, 607, 595, 612, 601, 604, 599)
                .add("go", "seed", "SeedRequest.fastPath", "variant=before-leaky", "time", "ns/op",
                        910, 903, 898, 921, 907, 895, 912, 901, 904, 899);
    }
}
