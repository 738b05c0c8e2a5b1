package ctxbench.load;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Human-readable pieces of the one-line summaries the load experiments print and keep in env.json. */
final class Summaries {
    private Summaries() {
    }

    /** "p50 45.1 µs, p99 1.23 ms, p99.9 …, max …" of a histogram of nanoseconds. */
    static String percentiles(Histogram nanos) {
        return "p50 " + duration(nanos.getValueAtPercentile(50)) + ", p99 " + duration(nanos.getValueAtPercentile(99))
                + ", p99.9 " + duration(nanos.getValueAtPercentile(99.9)) + ", max " + duration(nanos.getMaxValue());
    }

    /** "achieved 999.8 req/s, max schedule lag 1.2 ms", plus a warning when the generator fell behind. */
    static String rate(OpenLoopDispatcher.Report r) {
        return String.format(Locale.ROOT, "achieved %.1f req/s of %.1f, max schedule lag %s%s", r.achievedRate(),
                r.targetRate(), duration(r.maxLagNanos()), r.keptRate() ? "" : " (the generator could NOT keep the rate)");
    }

    /** Nanoseconds as "850 ns", "45.1 µs", "1.23 ms" or "2.50 s". */
    static String duration(long nanos) {
        if (nanos < 1_000) return nanos + " ns";
        if (nanos < 1_000_000) return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        if (nanos < 1_000_000_000) return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** Bytes as "12.3 MB" (10^6), or "n/a" for a negative (absent) figure. */
    static String bytes(long bytes) {
        if (bytes < 0) return "n/a";
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
