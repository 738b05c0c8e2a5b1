package ctxbench.load;

import ctxbench.results.CsvText;
import ctxbench.results.DecimalText;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a load experiment's {@code hdr/<name>-timeseries.csv}: the {@code t_ms} column first
 * (as the chart tool requires), then one named numeric series per column; {@code \n} line ends. A
 * heap figure from before the first collection is an empty cell (a gap in the chart).
 */
final class TimeSeriesCsv {
    /** The header, in column order. */
    static final List<String> COLUMNS = List.of(
            "t_ms", "live_timers", "heap_after_gc_bytes", "goroutines_spawned", "gc_count", "gc_time_ms", "rate");

    private TimeSeriesCsv() {
    }

    /** The file's text for {@code samples}, in the given order. */
    static String format(List<Sample> samples) {
        StringBuilder out = new StringBuilder();
        CsvText.appendRecord(out, COLUMNS);
        for (Sample s : samples) {
            List<String> fields = new ArrayList<>(COLUMNS.size());
            fields.add(Long.toString(s.tMs()));
            fields.add(Integer.toString(s.liveTimers()));
            fields.add(s.heapAfterGcBytes() < 0 ? "" : Long.toString(s.heapAfterGcBytes()));
            fields.add(Long.toString(s.goroutinesSpawned()));
            fields.add(Long.toString(s.gcCount()));
            fields.add(Long.toString(s.gcTimeMs()));
            fields.add(DecimalText.format(Math.round(s.rate() * 10) / 10.0));
            CsvText.appendRecord(out, fields);
        }
        return out.toString();
    }
}
