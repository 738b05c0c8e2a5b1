package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OpenLoopSchedule} and {@link OpenLoopDispatcher} on a {@link FakeClock}: due times, lag, achieved rate, corrected latency. */
class OpenLoopTest {
    private static final long MS = 1_000_000;

    @Test
    void requestIsDueAtStartPlusIndexOverRate() {
        OpenLoopSchedule s = new OpenLoopSchedule(1000, 5 * MS);
        assertEquals(5 * MS, s.dueNanos(0));
        assertEquals(6 * MS, s.dueNanos(1));
        assertEquals(5 * MS + 1_000_000_000L, s.dueNanos(1000));
        OpenLoopSchedule third = new OpenLoopSchedule(3, 0);
        assertEquals(333_333_333, third.dueNanos(1));
        assertEquals(666_666_667, third.dueNanos(2));
        assertEquals(333_333_333_333_333L, third.dueNanos(1_000_000), "computed from the index: no accumulated rounding");
    }

    @Test
    void countIsRateTimesDurationAndAtLeastOne() {
        assertEquals(3000, new OpenLoopSchedule(1000, 0).count(3_000 * MS));
        assertEquals(100, new OpenLoopSchedule(200, 0).count(500 * MS));
        assertEquals(1, new OpenLoopSchedule(1, 0).count(10 * MS));
    }

    @Test
    void badRatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(-5, 0));
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(Double.POSITIVE_INFINITY, 0));
    }

    @Test
    void latencyIsMeasuredFromTheDueTimeNotTheActualStart() {
        OpenLoopSchedule s = new OpenLoopSchedule(1000, 0);
        // request 3 was due at 3 ms; the generator only started it at 5.5 ms; it completed at 6 ms
        assertEquals(3 * MS, s.correctedLatencyNanos(3, 6 * MS));
    }

    @Test
    void onScheduleEveryRequestStartsAtItsDueTime() {
        FakeClock clock = new FakeClock(0);
        List<long[]> started = new ArrayList<>();
        OpenLoopDispatcher d = new OpenLoopDispatcher();
        OpenLoopDispatcher.Report r = d.run(new OpenLoopSchedule(1000, 0), 5, clock,
                (i, due) -> started.add(new long[] {i, due, clock.nanoTime()}));
        assertEquals(5, started.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i, started.get(i)[0]);
            assertEquals(i * MS, started.get(i)[1]);
            assertEquals(i * MS, started.get(i)[2], "started exactly when due");
        }
        assertEquals(5, r.requests());
        assertEquals(0, r.maxLagNanos());
        assertEquals(1000, r.achievedRate(), 1e-9);
        assertTrue(r.keptRate());
        assertEquals(5, d.issued());
    }

    @Test
    void aStallShowsAsLagAndOverdueRequestsStartAtOnce() {
        FakeClock clock = new FakeClock(0);
        List<long[]> started = new ArrayList<>();
        OpenLoopDispatcher.Report r = new OpenLoopDispatcher().run(new OpenLoopSchedule(1000, 0), 5, clock, (i, due) -> {
            started.add(new long[] {due, clock.nanoTime()});
            if (i == 2) {
                clock.advance(3_500_000); // launching request 2 took 3.5 ms
            }
        });
        // requests 3 and 4 (due 3 ms, 4 ms) both start at 5.5 ms, still with their own due times
        assertEquals(3 * MS, started.get(3)[0]);
        assertEquals(5_500_000, started.get(3)[1]);
        assertEquals(4 * MS, started.get(4)[0]);
        assertEquals(5_500_000, started.get(4)[1]);
        assertEquals(2_500_000, r.maxLagNanos());
        assertEquals(5 / 0.0065, r.achievedRate(), 1e-6, "5 requests over 5.5 ms + one interval");
        assertFalse(r.keptRate());
    }

    @Test
    void aGeneratorThatStartsLateIsLateForEveryRequest() {
        FakeClock clock = new FakeClock(10 * MS); // the schedule said 0
        OpenLoopDispatcher.Report r = new OpenLoopDispatcher().run(new OpenLoopSchedule(1000, 0), 3, clock, (i, due) -> { });
        assertEquals(10 * MS, r.maxLagNanos());
        assertEquals(3 / 0.011, r.achievedRate(), 1e-6);
    }
}
