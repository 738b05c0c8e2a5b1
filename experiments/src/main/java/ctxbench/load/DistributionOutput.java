package ctxbench.load;

import java.io.IOException;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;

/**
 * The output of a load experiment that measures one latency distribution and nothing else
 * ({@link TimerLateness}, {@link CancelLatency}, {@link ChanHandoff}): the histogram as
 * {@code hdr/<name>.hgrm} ({@link HdrFiles#writeHgrm}) and its {@code p50}, {@code p99},
 * {@code p999} and {@code max} in µs as the model's rows ({@link LoadRows#latency}), merged into
 * {@code results.csv} ({@link LoadRows#merge}).
 */
final class DistributionOutput {
    private DistributionOutput() {
    }

    /**
     * Writes {@code <run>/hdr/<fileName>.hgrm} of {@code nanos} and merges its rows, of
     * {@code benchmark} with {@code params}, into {@code <run>/results.csv}.
     */
    static void write(Path run, String benchmark, String params, String fileName, Histogram nanos) throws IOException {
        HdrFiles.writeHgrm(run, fileName, nanos);
        LoadRows.merge(run, LoadRows.latency(LoadRows.JAVA, benchmark, params, nanos));
    }
}
