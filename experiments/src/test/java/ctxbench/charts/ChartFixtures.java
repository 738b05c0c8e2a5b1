package ctxbench.charts;

import ctxbench.testing.RunFixture;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.HdrHistogram.Histogram;

/** Small run folders for chart tests: results with a scaling parameter, an .hgrm written by HdrHistogram, a time series. */
final class ChartFixtures {
    private ChartFixtures() {
    }

    /** A run with seed bars (Java and Go), a depth scaling benchmark, one .hgrm and one time series. */
    static Path run(Path dir) throws IOException {
        RunFixture f = new RunFixture()
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "time", "ns/op",
                        1010, 1003, 998, 1021, 1007, 995)
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "alloc", "B/op",
                        328, 328, 328, 328, 328, 328)
                .add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 610, 603, 598, 621, 607, 595);
        for (int depth : new int[] {0, 1, 10, 100}) {
            f.add("java", "propagation", "CancelTree.depth", "depth=" + depth, "time", "ns/op",
                    50.0 * depth + 5, 52.0 * depth + 5, 49.0 * depth + 5);
        }
        Path run = f.write(dir);
        Files.createDirectories(run.resolve("hdr"));
        Histogram h = new Histogram(3);
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) h.recordValue(100 + (long) (random.nextExponential() * 50));
        try (PrintStream out = new PrintStream(Files.newOutputStream(run.resolve("hdr/seed-after.hgrm")), true,
                StandardCharsets.UTF_8)) {
            h.outputPercentileDistribution(out, 1.0);
        }
        Files.writeString(run.resolve("hdr/seed-after-timeseries.csv"),
                "t_ms,live_timers,heap_bytes,phase\n0,0,1000,warm\n100,50,2000,run\n200,120,,run\n");
        return run;
    }
}
