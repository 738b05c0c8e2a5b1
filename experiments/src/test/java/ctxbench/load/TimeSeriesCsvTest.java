package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The time-series file's columns, order and number formats. */
class TimeSeriesCsvTest {
    @Test
    void headerIsTimeFirstThenTheNamedSeries() {
        assertEquals("t_ms,live_timers,heap_after_gc_bytes,goroutines_spawned,gc_count,gc_time_ms,rate\n",
                TimeSeriesCsv.format(List.of()));
    }

    @Test
    void rowsHoldWholeNumbersAndARateToOneDecimal() {
        String text = TimeSeriesCsv.format(List.of(
                new Sample(0, 0, 2_698_632, 0, 0, 0, 0),
                new Sample(100, 201, 5_290_480, 300, 1, 23, 1000.0444),
                new Sample(200, 7, -1, 12, 2, 30, 999.96)));
        assertEquals("""
                t_ms,live_timers,heap_after_gc_bytes,goroutines_spawned,gc_count,gc_time_ms,rate
                0,0,2698632,0,0,0,0
                100,201,5290480,300,1,23,1000
                200,7,,12,2,30,1000
                """, text, "a heap figure from before any collection is an empty cell");
    }
}
