package ctxbench.load;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;

/**
 * The latencies of one load run, in nanoseconds: recorded from many goroutines at once into an
 * HdrHistogram {@link Recorder} (wait-free for the recording threads), cut into intervals by
 * {@link #roll()} (the {@link Sampler} calls it every 100 ms), each interval written to an
 * HdrHistogram interval log ({@code .hlog}, {@link HistogramLogWriter}) and added to the run's
 * total. The log is kept in memory and written to its file at the end in one atomic step.
 *
 * <p>Precision: 3 significant digits (a value is stored within 0.1 %), auto-resizing, so any
 * latency from 1 ns up fits. Cost per recorded value: a few atomic operations, no allocation.
 */
final class LatencyLog {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
    private final Histogram total = new Histogram(SIGNIFICANT_DIGITS);
    private final ByteArrayOutputStream hlog = new ByteArrayOutputStream();
    private final HistogramLogWriter writer = new HistogramLogWriter(new PrintStream(hlog, true, StandardCharsets.UTF_8));
    private Histogram recycled;

    /**
     * Starts the log: its header says what was measured ({@code description}, one line), that
     * values are nanoseconds, and when the log starts ({@code startEpochMillis}, the base of the
     * intervals' time stamps).
     */
    LatencyLog(String description, long startEpochMillis) {
        writer.outputComment(description);
        writer.outputComment("values: latency in nanoseconds, measured from each request's intended start");
        writer.outputLogFormatVersion();
        writer.outputStartTime(startEpochMillis);
        writer.setBaseTime(startEpochMillis);
        writer.outputLegend();
        total.setStartTimeStamp(startEpochMillis);
    }

    /** Records one latency; a negative value (impossible on a monotonic clock) is recorded as 0. */
    void record(long nanos) {
        recorder.recordValue(Math.max(0, nanos));
    }

    /** Closes the current interval: writes it to the log and adds it to the total. */
    synchronized void roll() {
        Histogram interval = recorder.getIntervalHistogram(recycled);
        total.add(interval);
        total.setEndTimeStamp(interval.getEndTimeStamp());
        writer.outputIntervalHistogram(interval);
        recycled = interval;
    }

    /** Every value recorded up to the last {@link #roll()}. */
    synchronized Histogram total() {
        return total.copy();
    }

    /** The interval log written so far ({@code .hlog} text). */
    synchronized byte[] hlog() {
        return hlog.toByteArray();
    }
}
