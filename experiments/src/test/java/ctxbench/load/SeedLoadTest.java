package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.results.ResultRow;
import ctxbench.results.ResultsCsv;
import ctxbench.runtime.Sched;
import ctxbench.time.TimerMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiny real runs of the seed scenario (200 req/s for 0.5 s, 100 requests, on go-heap) of
 * {@code before-leaky} and {@code timer-stop}, and the files and rows they produce.
 *
 * <p>What is asserted cannot depend on how loaded the machine is:
 * <ul>
 *   <li>the timeout is 1 s, longer than the run, and a timer never fires early: every
 *       {@code before-leaky} timer is still queued from its request's start until 1 s later, so
 *       any sample in the half second after the last request sees all 100 (asserted: ≥ 20);</li>
 *   <li>{@code timer-stop} stops each timer before its request ends, so its queue holds only the
 *       requests in flight and stopped entries not yet removed; for it to reach half of
 *       {@code before-leaky}'s peak, 50 requests (250 ms of arrivals) would have to be stalled at
 *       once;</li>
 *   <li>goroutines per request are exact on the fast path: the request's goroutine, the worker,
 *       and for {@code before-leaky} one per fired context timer (3), none for {@code timer-stop} (2).</li>
 * </ul>
 */
@Timeout(60)
class SeedLoadTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** The runtime of this JVM (the tests' default, vt, unless run with -Dctxbench.sched=go). */
    private static final String SCHED = Sched.mode();
    private static SeedLoad.Result leaky;
    private static SeedLoad.Result stopped;

    @TempDir
    Path run;

    private static SeedLoad.Config config(String variant) {
        return new SeedLoad.Config(variant, "go-heap", SCHED, "go1.19", 200, Duration.ofMillis(500), 0, Duration.ZERO, TIMEOUT);
    }

    @BeforeAll
    static void runBoth() throws InterruptedException {
        leaky = SeedLoad.run(config("before-leaky"));
        stopped = SeedLoad.run(config("timer-stop"));
    }

    @Test
    void everyRequestIsIssuedRecordedAndDrained() {
        for (SeedLoad.Result r : List.of(leaky, stopped)) {
            assertEquals(100, r.dispatch().requests());
            assertEquals(100, r.latencyNanos().getTotalCount());
            assertEquals(0, r.timeouts());
            assertTrue(r.drained());
            assertEquals(0, r.samples().getLast().liveTimers(), "the last sample is taken after the drain");
        }
    }

    @Test
    void leakyLeavesTimersBehindAndTimerStopDoesNot() {
        assertTrue(leaky.peakLiveTimers() >= 20, "before-leaky peak " + leaky.peakLiveTimers());
        assertTrue(stopped.peakLiveTimers() < leaky.peakLiveTimers() / 2,
                "timer-stop peak " + stopped.peakLiveTimers() + " vs before-leaky " + leaky.peakLiveTimers());
    }

    /**
     * Go 1.23's timer mode: time.After's timer enters the queue only while its select waits, so the
     * after variant leaves (about) no live timer behind where Go 1.19's semantics keep one per
     * request for the whole timeout.
     */
    @Test
    void afterLeavesNoLiveTimersInGo123() throws InterruptedException {
        SeedLoad.Result old = SeedLoad.run(new SeedLoad.Config("after", "go-heap", SCHED, "go1.19", 200, Duration.ofMillis(500), 0,
                Duration.ZERO, TIMEOUT));
        SeedLoad.Result sync = SeedLoad.run(new SeedLoad.Config("after", "go-heap", SCHED, "go1.23", 200, Duration.ofMillis(500), 0,
                Duration.ZERO, TIMEOUT));
        assertTrue(old.peakLiveTimers() >= 20, "go1.19 after peak " + old.peakLiveTimers());
        assertTrue(sync.peakLiveTimers() < old.peakLiveTimers() / 4,
                "go1.23 after peak " + sync.peakLiveTimers() + " vs go1.19 " + old.peakLiveTimers());
        assertSame(TimerMode.GO1_19, TimerMode.current(), "the run restores the timer mode");
    }

    @Test
    void goroutinesPerRequestCountTheFiredContextTimers() {
        assertEquals(3.0, leaky.goroutinesPerRequest());
        assertEquals(2.0, stopped.goroutinesPerRequest());
    }

    @Test
    void samplesStartAtZeroAndGoForward() {
        List<Sample> samples = leaky.samples();
        assertEquals(0, samples.getFirst().tMs());
        for (int i = 1; i < samples.size(); i++) {
            assertTrue(samples.get(i).tMs() >= samples.get(i - 1).tMs());
        }
        assertEquals(300, samples.stream().mapToLong(Sample::goroutinesSpawned).sum(), "the per-interval deltas add up");
    }

    @Test
    void rowsHaveTheFormatsMetricsAndUnits() {
        Map<String, String> units = leaky.rows().stream().collect(Collectors.toMap(ResultRow::metric, ResultRow::unit));
        assertEquals(Map.of("p50", "us", "p99", "us", "p999", "us", "max", "us", "rate", "req/s",
                "peak_live_timers", "count", "peak_heap", "bytes", "goroutines", "count"), units);
        for (ResultRow r : leaky.rows()) {
            assertEquals("java", r.source());
            assertEquals("load", r.suite());
            assertEquals("SeedLoad.openLoop", r.benchmark());
            assertEquals("queue=go-heap;rate=200;sched=" + SCHED + ";slow=0;timers=go1.19;variant=before-leaky", r.params());
        }
        ResultRow timers = leaky.rows().stream().filter(r -> r.metric().equals("peak_live_timers")).findFirst().orElseThrow();
        assertEquals(leaky.peakLiveTimers(), timers.score());
    }

    @Test
    void aConfigurationOfAnotherRuntimeIsRefused() {
        String other = SCHED.equals("go") ? "vt" : "go";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SeedLoad.run(new SeedLoad.Config("after", "go-heap", other, "go1.19", 200, Duration.ofMillis(500), 0, Duration.ZERO, TIMEOUT)));
        assertTrue(e.getMessage().contains("sched=" + other), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SeedLoad.Config("after", "go-heap", "fj", "go1.19", 200, Duration.ofMillis(500), 0, Duration.ZERO, TIMEOUT));
    }

    @Test
    void theFileNameCarriesQueueRuntimeAndSlowShare() {
        assertEquals("after-jdk-go", new SeedLoad.Config("after", "jdk", "go", "go1.19", 200, Duration.ofMillis(500), 0, Duration.ZERO, TIMEOUT)
                .fileName());
        assertEquals("after-go-heap-vt-slow0.01",
                new SeedLoad.Config("after", "go-heap", "vt", "go1.19", 200, Duration.ofMillis(500), 0.01, Duration.ZERO, TIMEOUT).fileName());
        assertEquals("after-go-heap-go-go1.23",
                new SeedLoad.Config("after", "go-heap", "go", "go1.23", 200, Duration.ofMillis(500), 0, Duration.ZERO, TIMEOUT).fileName());
    }

    @Test
    void writeToProducesTheHdrFilesAndRows() throws IOException {
        leaky.writeTo(run);
        Path hdr = run.resolve("hdr");
        assertTrue(Files.readString(hdr.resolve("before-leaky-go-heap-" + SCHED + ".hgrm")).startsWith("       Value     Percentile TotalCount 1/(1-Percentile)"));
        List<String> series = Files.readAllLines(hdr.resolve("before-leaky-go-heap-" + SCHED + "-timeseries.csv"));
        assertEquals("t_ms,live_timers,heap_after_gc_bytes,goroutines_spawned,gc_count,gc_time_ms,rate", series.getFirst());
        assertEquals(leaky.samples().size() + 1, series.size());

        long logged = 0;
        try (HistogramLogReader reader = new HistogramLogReader(Files.newInputStream(hdr.resolve("before-leaky-go-heap-" + SCHED + ".hlog")))) {
            for (EncodableHistogram h; (h = reader.nextIntervalHistogram()) != null; ) {
                logged += ((org.HdrHistogram.Histogram) h).getTotalCount();
            }
        }
        assertEquals(100, logged, "the interval log holds every request once");
        assertTrue(new String(Files.readAllBytes(hdr.resolve("before-leaky-go-heap-" + SCHED + ".hlog")), StandardCharsets.UTF_8)
                .startsWith("#SeedLoad.openLoop variant=before-leaky queue=go-heap sched=" + SCHED + " timers=go1.19 rate=200 duration=500ms slow=0 "
                        + "timeout=1000ms"));

        assertEquals(leaky.rows(), ResultsCsv.readResults(run.resolve("results.csv")));
        leaky.writeTo(run);
        assertEquals(leaky.rows(), ResultsCsv.readResults(run.resolve("results.csv")), "writing again replaces, never duplicates");
    }
}
