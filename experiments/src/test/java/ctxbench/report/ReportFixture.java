package ctxbench.report;

import ctxbench.charts.Charts;
import ctxbench.testing.Cli;
import ctxbench.testing.RunFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run folder with a little of everything REPORT.md reads: seed, naive, timers, propagation,
 * values, channels and gobench rows for the model and Go (ten samples each, so intervals and tests
 * exist), load rows, {@code hdr/} files, {@code env.json}, {@code jmh.json} and {@code go-bench.txt}.
 * The numbers are made up with known relations (e.g. Go's {@code before-leaky} about three times
 * {@code after}), so tests can assert the generated words.
 */
final class ReportFixture {
    /** Ten samples around {@code center}: center − 4.5 … center + 4.5 in steps of 1 (× scale). */
    static double[] around(double center, double scale) {
        double[] v = new double[10];
        for (int i = 0; i < 10; i++) v[i] = center + (i - 4.5) * scale;
        return v;
    }

    private ReportFixture() {
    }

    /** The result rows (see the class comment). */
    static RunFixture rows() {
        RunFixture f = new RunFixture();
        double[] goFast = {3000, 1050, 1000, 900};
        double[] modelFast = {9000, 3100, 3000, 2800};
        String[] variants = {"before-leaky", "before-cancel", "after", "timer-stop"};
        for (int i = 0; i < variants.length; i++) {
            String v = variants[i];
            f.add("go", "seed", "SeedRequest.fastPath", "variant=" + v, "time", "ns/op", around(goFast[i], 1));
            f.add("go", "seed", "SeedRequest.fastPath", "variant=" + v, "alloc", "B/op", constant(i < 2 ? 472 : 368));
            f.add("go", "seed", "SeedRequest.fastPath", "variant=" + v, "allocs", "allocs/op", constant(i < 2 ? 9 : 7));
            f.add("go", "seed", "SeedRequest.timeoutPath", "variant=" + v, "time", "ns/op", around(1_100_000, 1000));
            for (String q : List.of("go-heap", "jdk")) {
                f.add("java", "seed", "SeedRequest.fastPath", "queue=" + q + ";variant=" + v, "time", "ns/op",
                        around(modelFast[i] * (q.equals("jdk") ? 2 : 1), 2));
                f.add("java", "seed", "SeedRequest.fastPath", "queue=" + q + ";variant=" + v, "alloc", "B/op", constant(i < 2 ? 900 : 600));
                f.add("java", "seed", "SeedRequest.timeoutPath", "queue=" + q + ";variant=" + v, "time", "ns/op", around(1_200_000, 1000));
            }
        }
        String[] naive = {"beforeOnce", "afterOnce", "timeoutMillis", "timeoutMicros"};
        double[] goNaive = {0.0000352, 0.0000229, 200_000_000, 0.0002625};
        double[] modelNaive = {900, 600, 200_500, 450};
        for (int i = 0; i < naive.length; i++) {
            f.add("go", "naive", "Naive." + naive[i], "", "time", "ns/op", around(goNaive[i], goNaive[i] / 100));
            f.add("java", "naive", "Naive." + naive[i], "", "time", "us/op", around(modelNaive[i], 1));
        }
        for (String kind : List.of("chan", "func")) {
            double goFire = kind.equals("chan") ? 1000 : 1500;
            for (String live : List.of("0", "1000000")) {
                double grow = live.equals("0") ? 1 : 2;
                f.add("go", "timers", "TimerOps.fire", "kind=" + kind + ";live=" + live, "time", "ns/op", around(goFire * grow, 1));
                f.add("go", "timers", "TimerOps.createStop", "kind=" + kind + ";live=" + live, "time", "ns/op", around(100 * grow, 1));
                for (String q : List.of("go-heap", "jdk", "wheel")) {
                    String p = "kind=" + kind + ";live=" + live + ";queue=" + q;
                    f.add("java", "timers", "TimerOps.fire", p, "time", "ns/op", around(goFire * 4 * grow, 1));
                    f.add("java", "timers", "TimerOps.createStop", p, "time", "ns/op", around(300 * grow, 1));
                }
            }
        }
        for (String parent : List.of("background", "cancelCtx", "foreign")) {
            double go = parent.equals("foreign") ? 800 : 100;
            f.add("go", "propagation", "PropagateCancel.withCancel", "parent=" + parent, "time", "ns/op", around(go, 1));
            f.add("java", "propagation", "PropagateCancel.withCancel", "parent=" + parent, "time", "ns/op", around(go * 2, 1));
        }
        for (String depth : List.of("1", "10", "100", "1000")) {
            int d = Integer.parseInt(depth);
            f.add("go", "propagation", "CancelTree.depth", "depth=" + depth, "time", "ns/op", around(100.0 * d, 1));
            f.add("java", "propagation", "CancelTree.depth", "depth=" + depth, "time", "ns/op", around(300.0 * d, 1));
            for (String key : List.of("present", "missing")) {
                String p = "depth=" + depth + ";key=" + key;
                f.add("go", "values", "ValueLookup.chain", p, "time", "ns/op", around(2.0 * d + 10, 0.1));
                f.add("go", "values", "ValueLookup.aggregated", p, "time", "ns/op", around(15, 0.1));
                f.add("java", "values", "ValueLookup.chain", p, "time", "ns/op", around(3.0 * d + 10, 0.1));
                f.add("java", "values", "ValueLookup.aggregated", p, "time", "ns/op", around(60, 0.1));
            }
        }
        f.add("go", "values", "SeedValues.oneByOne", "n=5", "time", "ns/op", around(490, 1));
        f.add("go", "values", "SeedValues.aggregated", "n=5", "time", "ns/op", around(100, 1));
        for (String cap : List.of("0", "1024")) {
            f.add("go", "channels", "ChanThroughput.transfer", "cap=" + cap, "time", "ns/op", around(100, 1));
            for (String impl : List.of("model", "abq", "jox")) {
                f.add("java", "channels", "ChanThroughput.transfer", "cap=" + cap + ";impl=" + impl + ";threads=virtual", "time", "ns/op",
                        around(impl.equals("jox") ? 150 : 400, 1));
            }
        }
        // The model on its go scheduler (sched=go) stands beside Go at cap 0; cap 1024 has only the virtual-thread rows.
        f.add("java", "channels", "ChanThroughput.transfer", "cap=0;impl=model;sched=go", "time", "ns/op", around(120, 1));
        f.add("go", "gobench", "ChanBench.ChanSem", "", "time", "ns/op", around(80, 0.1));
        f.add("java", "gobench", "ChanBench.ChanSem", "sched=go", "time", "ns/op", around(100, 0.1));
        f.add("java", "gobench", "ChanBench.ChanSem", "sched=vt", "time", "ns/op", around(300, 0.1));
        f.add("go", "gobench", "ContextBench.WithTimeout", "concurrency=40", "time", "ns/op", around(500, 1));
        f.add("java", "gobench", "ContextBench.WithTimeout", "concurrency=40", "time", "ns/op", around(2000, 1));
        f.add("go", "gobench", "ContextBench.CheckCanceled_Err", "", "time", "ns/op", around(10, 0.01));
        f.add("java", "gobench", "ContextBench.CheckCanceled_Err", "", "time", "ns/op", around(30, 0.01));
        for (String v : variants) {
            String java = "queue=go-heap;rate=2000;slow=0;variant=" + v;
            boolean leaky = v.equals("before-leaky") || v.equals("after");
            f.add("java", "load", "SeedLoad.openLoop", java, "p50", "us", 500);
            f.add("java", "load", "SeedLoad.openLoop", java, "p99", "us", v.equals("before-leaky") ? 9000 : 3000);
            f.add("java", "load", "SeedLoad.openLoop", java, "p999", "us", 20000);
            f.add("java", "load", "SeedLoad.openLoop", java, "max", "us", 30000);
            f.add("java", "load", "SeedLoad.openLoop", java, "rate", "req/s", 1999.8);
            f.add("java", "load", "SeedLoad.openLoop", java, "peak_live_timers", "count", leaky ? 402 : 3);
            f.add("java", "load", "SeedLoad.openLoop", java, "peak_heap", "bytes", leaky ? 8_000_000 : 4_000_000);
            f.add("java", "load", "SeedLoad.openLoop", java, "goroutines", "count", v.equals("before-leaky") ? 3 : 2);
            f.add("java", "load", "SeedLoad.openLoop", "queue=go-heap;rate=2000;slow=0.01;variant=" + v, "p99", "us", 1);
            f.add("go", "load", "SeedLoad.openLoop", "rate=1000;slow=0.01;variant=" + v, "p99", "us", 7);
            f.add("go", "load", "SeedLoad.openLoop", "rate=2000;slow=0;variant=" + v, "p99", "us", v.equals("before-leaky") ? 4000 : 2000);
        }
        return f;
    }

    private static double[] constant(double v) {
        double[] out = new double[10];
        java.util.Arrays.fill(out, v);
        return out;
    }

    /** Writes the run (without charts) into the new folder {@code dir}. */
    static Path write(Path dir) throws IOException {
        Path run = rows().write(dir);
        Files.createDirectories(run.resolve("hdr"));
        for (String v : List.of("before-leaky", "after")) {
            Files.writeString(run.resolve("hdr/" + v + "-go-heap-timeseries.csv"),
                    "t_ms,live_timers,heap_after_gc_bytes,goroutines_spawned,gc_count,gc_time_ms,rate\n"
                            + "0,0,,0,0,0,0\n100,200,1000000,400,1,2,2000\n200,400,2000000,800,2,4,2000\n");
            Files.writeString(run.resolve("hdr/" + v + "-go-heap.hgrm"), """
                           Value     Percentile TotalCount 1/(1-Percentile)

                         100.000 0.000000000000          1           1.00
                         500.000 0.500000000000          5           2.00
                        9000.000 1.000000000000         10
                    #[Mean    =      600.000, StdDeviation   =       10.000]
                    """);
        }
        Files.writeString(run.resolve("env.json"), """
                {"source": "java", "runId": "fixture", "profile": "full", "complete": true,
                 "start": "2026-11-26T03:00:00Z", "end": "2026-11-26T04:00:00Z",
                 "machine": {"cores": 2, "memory": 25165824000, "os": "Linux", "kernel": "6.1", "arch": "amd64"},
                 "jdk": {"vendor": "Eclipse Adoptium", "version": "25.0.3+9-LTS", "vm": "OpenJDK 64-Bit Server VM"},
                 "jvm": {"flags": ["-Xmx1g"]}, "jmh": {"version": "1.37", "trials": 3, "arguments": ["-f", "2"]},
                 "git": {"commit": "0123456789abcdef0123", "dirty": false},
                 "go": {"version": "go1.19.8", "gomaxprocs": 2, "count": 10, "benchtime": "1s",
                        "runs": [{"args": "--profile full --load", "start": "2026-11-26T04:00:00Z", "end": "2026-11-26T05:00:00Z",
                                  "suites": ["seed", "timers"]},
                                 {"args": "--go 1.23 --suite seed", "start": "2026-11-26T05:00:00Z", "end": "2026-11-26T05:10:00Z",
                                  "suites": ["seed"], "toolchains": ["go1.23.5"]}]}}
                """);
        Files.writeString(run.resolve("jmh.json"), """
                [{"benchmark": "ctxbench.bench.gobench.ContextBench.WithTimeout", "mode": "avgt", "threads": 2, "forks": 2,
                  "warmupIterations": 3, "measurementIterations": 5, "measurementBatchSize": 1, "params": {"concurrency": "40"}},
                 {"benchmark": "ctxbench.bench.naive.Naive.beforeOnce", "mode": "ss", "threads": 1, "forks": 2,
                  "warmupIterations": 3, "measurementIterations": 5, "measurementBatchSize": 1}]
                """);
        Files.writeString(run.resolve("go-bench.txt"), """
                # go-bench: pkg=./naive profile=full count=2 benchtime=1s start=x
                pkg: ctxbench/naive
                BenchmarkNaive_beforeOnce-2   \t1000000000\t         0.0000500 ns/op\t       0 B/op\t       0 allocs/op
                BenchmarkNaive_beforeOnce-2   \t1000000000\t         0.0000500 ns/op\t       0 B/op\t       0 allocs/op
                # go-bench: pkg=./naive profile=full count=2 benchtime=1s start=y
                pkg: ctxbench/naive
                BenchmarkNaive_beforeOnce-2   \t1000000000\t         0.0000352 ns/op\t       0 B/op\t       0 allocs/op
                BenchmarkNaive_beforeOnce-2   \t1000000000\t         0.0000352 ns/op\t       0 B/op\t       0 allocs/op
                BenchmarkNaive_timeoutMillis-2\t         1\t 200141612 ns/op\t     600 B/op\t      12 allocs/op
                BenchmarkNaive_timeoutMillis-2\t         1\t 200141612 ns/op\t     600 B/op\t      12 allocs/op
                PASS
                """);
        return run;
    }

    /** Writes the run and draws its charts with {@code scripts/charts.sh}'s tool. */
    static Path withCharts(Path dir) throws IOException {
        Path run = write(dir);
        Cli r = Cli.run(Charts.TOOL, run);
        if (r.status() != 0) throw new IllegalStateException("charts failed: " + r.err());
        return run;
    }

    /** Copies a folder tree (a charted run, so tests can change a copy). */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
        return to;
    }

    /** The repository's REPORT.md, found from the module folder (Maven's working directory) upwards. */
    static Path repositoryReport() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path r = dir.resolve("REPORT.md");
            if (Files.isRegularFile(r) && Files.isDirectory(dir.resolve("experiments"))) return r;
        }
        throw new IllegalStateException("REPORT.md not found above " + Path.of("").toAbsolutePath());
    }
}
