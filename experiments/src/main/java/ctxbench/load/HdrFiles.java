package ctxbench.load;

import ctxbench.results.AtomicFiles;
import ctxbench.results.RunFolder;
import ctxbench.results.WriteMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The files a load experiment writes into a run folder's {@code hdr/} (docs/results-format.md),
 * each written whole through a temporary file and a rename (a reader never sees half a file), and
 * replacing an earlier file of the same name (a repeated experiment replaces its earlier output):
 * <ul>
 *   <li>{@code <name>.hgrm}: HdrHistogram's {@code outputPercentileDistribution}, values in
 *       microseconds (the histograms hold nanoseconds), 5 steps per halving of the tail;</li>
 *   <li>{@code <name>.hlog}: the HdrHistogram interval log ({@link LatencyLog});</li>
 *   <li>{@code <name>-timeseries.csv}: the {@link Sampler}'s samples ({@link TimeSeriesCsv}).</li>
 * </ul>
 */
final class HdrFiles {
    /** Nanoseconds per microsecond: the histograms' unit over the files' unit. */
    static final double NANOS_PER_MICRO = 1000.0;
    private static final int TICKS_PER_HALF_DISTANCE = 5;

    private HdrFiles() {
    }

    /** {@code <run>/hdr/<name>.hgrm}: the percentile distribution of {@code nanos}, in microseconds. */
    static Path writeHgrm(Path run, String name, Histogram nanos) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        nanos.outputPercentileDistribution(out, TICKS_PER_HALF_DISTANCE, NANOS_PER_MICRO);
        out.flush();
        return write(run, name + ".hgrm", bytes.toByteArray());
    }

    /** {@code <run>/hdr/<name>.hlog}: an interval log as {@link LatencyLog#hlog()} returns it. */
    static Path writeHlog(Path run, String name, byte[] hlog) throws IOException {
        return write(run, name + ".hlog", hlog);
    }

    /** {@code <run>/hdr/<name>-timeseries.csv}. */
    static Path writeTimeSeries(Path run, String name, List<Sample> samples) throws IOException {
        return write(run, name + "-timeseries.csv", TimeSeriesCsv.format(samples).getBytes(StandardCharsets.UTF_8));
    }

    private static Path write(Path run, String file, byte[] bytes) throws IOException {
        Path target = Files.createDirectories(RunFolder.at(run).hdr()).resolve(file);
        AtomicFiles.write(target, bytes, WriteMode.REPLACE);
        return target;
    }
}
