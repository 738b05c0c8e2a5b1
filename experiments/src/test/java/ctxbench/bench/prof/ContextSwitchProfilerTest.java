package ctxbench.bench.prof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.Result;

/**
 * The profiler's arithmetic on made-up readings (deltas per thread, per-op normalisation), its
 * refusal without {@code /proc}, its choice of source, and real counts around work that blocks.
 */
@Timeout(60)
class ContextSwitchProfilerTest {
    @TempDir
    Path dir;

    /** A source that returns the given readings in turn. */
    record Scripted(Deque<CounterReading> readings) implements CounterSource {
        @Override
        public CounterReading read() {
            return readings.removeFirst();
        }

        @Override
        public String description() {
            return "scripted";
        }
    }

    static CounterReading reading(Object... tidVoluntaryInvoluntary) {
        Map<String, ContextSwitches> counters = new java.util.HashMap<>();
        for (int i = 0; i < tidVoluntaryInvoluntary.length; i += 3) {
            counters.put((String) tidVoluntaryInvoluntary[i],
                    new ContextSwitches((int) tidVoluntaryInvoluntary[i + 1], (int) tidVoluntaryInvoluntary[i + 2]));
        }
        return new CounterReading(counters);
    }

    /** A task folder with one thread, so that the constructor accepts it. */
    private Path oneThread() throws IOException {
        Files.createDirectories(dir.resolve("1"));
        Files.writeString(dir.resolve("1/status"), "voluntary_ctxt_switches:\t1\nnonvoluntary_ctxt_switches:\t1\n");
        return dir;
    }

    private static IterationResult iteration(long allOps, long measuredOps) {
        return new IterationResult(null, null, new IterationResultMetaData(allOps, measuredOps));
    }

    /** JMH's results by label ({@code afterIteration} returns raw {@code Result}s, as JMH declares it). */
    @SuppressWarnings("rawtypes")
    private static Map<String, Result<?>> byLabel(java.util.Collection<? extends Result> results) {
        Map<String, Result<?>> map = new java.util.TreeMap<>();
        for (Result<?> r : results) map.put(r.getLabel(), r);
        return map;
    }

    @Test
    void growthOfLiveThreadsPlusNewThreadsCountsAndExitedThreadsAreLost() {
        CounterReading before = reading("1", 100, 10, "2", 50, 5, "3", 7, 7);
        // 1 grew by 5/1; 2 exited (lost); 3's id was reused by a new thread (counts whole); 4 is new.
        CounterReading after = reading("1", 105, 11, "3", 2, 0, "4", 30, 3);
        assertEquals(new ContextSwitches(5 + 2 + 30, 1 + 0 + 3), after.since(before));
        assertEquals(1, after.lost(before));
        assertEquals(ContextSwitches.ZERO, before.since(before));
    }

    @Test
    void perOpDividesByAllOperationsOfTheIteration() throws ProfilerException, IOException {
        var profiler = new ContextSwitchProfiler(oneThread(), () -> new Scripted(new ArrayDeque<>(List.of(
                reading(RusageCounter.PROCESS, 1000, 40), reading(RusageCounter.PROCESS, 1500, 60)))));
        profiler.beforeIteration(null, null);
        // allOps includes the ops run while threads synchronise and @OperationsPerInvocation:
        // the switches of the whole iteration are divided by all of them, as gc.alloc.rate.norm is.
        Map<String, Result<?>> results = byLabel(profiler.afterIteration(null, null, iteration(250, 200)));
        assertEquals(List.of(ContextSwitchProfiler.INVOLUNTARY, ContextSwitchProfiler.VOLUNTARY), List.copyOf(results.keySet()));
        assertEquals(2.0, results.get(ContextSwitchProfiler.VOLUNTARY).getScore());
        assertEquals(0.08, results.get(ContextSwitchProfiler.INVOLUNTARY).getScore(), 1e-12);
        for (Result<?> r : results.values()) {
            assertEquals("#/op", r.getScoreUnit());
            assertEquals(1, r.getSampleCount());
        }
    }

    @Test
    void perOpIsNanWithoutOperationsOrWithoutAnEarlierReading() throws ProfilerException, IOException {
        for (Result<?> r : ContextSwitchProfiler.perOp(new ContextSwitches(3, 4), 0)) assertTrue(Double.isNaN(r.getScore()));
        var profiler = new ContextSwitchProfiler(oneThread(), () -> new Scripted(new ArrayDeque<>(List.of(
                reading(RusageCounter.PROCESS, 1, 1)))));
        for (Result<?> r : profiler.afterIteration(null, null, iteration(10, 10))) assertTrue(Double.isNaN(r.getScore()));
    }

    @Test
    void withoutProcTheConstructorFailsInOneLine() {
        Path missing = dir.resolve("no-proc/self/task");
        ProfilerException e = assertThrows(ProfilerException.class, () -> new ContextSwitchProfiler(missing, null));
        assertEquals("ContextSwitchProfiler needs Linux's " + missing + ", which this system (" + System.getProperty("os.name")
                + ") does not have", e.getMessage());
        assertTrue(e.getMessage().indexOf('\n') < 0);
    }

    @Test
    void anUnreadableTaskFolderFailsTheConstructorToo() throws IOException {
        Files.createDirectories(dir.resolve("9"));
        Files.writeString(dir.resolve("9/status"), "Name:\tjava\n");
        ProfilerException e = assertThrows(ProfilerException.class, () -> new ContextSwitchProfiler(dir, null));
        assertEquals("ContextSwitchProfiler cannot read " + dir + "/*/status: " + dir.resolve("9/status")
                + ": no 'voluntary_ctxt_switches:' line", e.getMessage());
    }

    @Test
    void fallsBackToProcSayingWhyWhenGetrusageIsUnavailableOrImplausible() throws IOException {
        ProcTaskCounters proc = new ProcTaskCounters(oneThread());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(err, true, StandardCharsets.UTF_8);
        Supplier<CounterSource> unavailable = () -> {
            throw new UnsupportedOperationException("JDK 21 has no final FFM API to call getrusage (JDK 22+ has)");
        };
        assertSame(proc, ContextSwitchProfiler.choose(proc, unavailable, out));
        assertEquals("# ContextSwitchProfiler: counting from " + dir + "/*/status, not getrusage (JDK 21 has no final FFM API"
                + " to call getrusage (JDK 22+ has)): switches of threads that exit during an iteration are not counted\n",
                err.toString(StandardCharsets.UTF_8));

        err.reset();
        // Fewer switches for the process than its one live thread has: the struct layout is not the assumed one.
        Supplier<CounterSource> implausible = () -> new Scripted(new ArrayDeque<>(List.of(reading(RusageCounter.PROCESS, 0, 5))));
        assertSame(proc, ContextSwitchProfiler.choose(proc, implausible, out));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(unexpected struct rusage layout)"), err.toString(StandardCharsets.UTF_8));

        err.reset();
        Scripted plausible = new Scripted(new ArrayDeque<>(List.of(reading(RusageCounter.PROCESS, 1, 1))));
        assertSame(plausible, ContextSwitchProfiler.choose(proc, () -> plausible, out));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void addsNativeAccessToTheBenchmarkJvm() throws ProfilerException, IOException {
        assertEquals(List.of("--enable-native-access=ALL-UNNAMED"), new ContextSwitchProfiler(oneThread(), null).addJVMOptions(null));
    }

    @Test
    void getrusageIsTheSourceOnLinuxWithJdk22() throws ProfilerException {
        assumeTrue(Files.isDirectory(ContextSwitchProfiler.TASKS) && Runtime.version().feature() >= RusageCounter.FFM_FEATURE,
                "Linux and JDK 22+");
        ContextSwitchProfiler profiler = new ContextSwitchProfiler();
        assertTrue(profiler.source() instanceof RusageCounter, profiler.source().description());
    }

    @Test
    void countsTheSwitchesOfThreadsThatParkAndUnparkEachOther() throws Exception {
        assumeTrue(Files.isDirectory(ContextSwitchProfiler.TASKS), "Linux");
        ContextSwitchProfiler profiler = new ContextSwitchProfiler();
        int rounds = 2_000;
        profiler.beforeIteration(null, null);
        pingPong(rounds);
        Map<String, Result<?>> results = byLabel(profiler.afterIteration(null, null, iteration(rounds, rounds)));
        // Two platform threads handing a turn back and forth block in futex waits: the count rose.
        assertTrue(results.get(ContextSwitchProfiler.VOLUNTARY).getScore() > 0, results.toString());
        assertTrue(results.get(ContextSwitchProfiler.INVOLUNTARY).getScore() >= 0, results.toString());
    }

    @Test
    void getrusageCountsAThreadThatExitedDuringTheIteration() throws Exception {
        assumeTrue(Files.isDirectory(ContextSwitchProfiler.TASKS) && Runtime.version().feature() >= RusageCounter.FFM_FEATURE,
                "Linux and JDK 22+");
        RusageCounter process = RusageCounter.open();
        int sleeps = 20;
        CounterReading before = process.read();
        // Each sleep blocks the thread (a voluntary switch) unless it was preempted before it could
        // block (an involuntary one): at least one switch per sleep, all gone from /proc with the thread.
        Thread sleeper = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < sleeps; i++) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        });
        sleeper.join();
        ContextSwitches delta = process.read().since(before);
        assertTrue(delta.total() >= sleeps, delta.toString());
    }

    /** Two platform threads taking {@code rounds} turns each, waking each other with unpark. */
    static void pingPong(int rounds) throws InterruptedException {
        AtomicInteger turn = new AtomicInteger();
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int me = t;
            threads[t] = Thread.ofPlatform().unstarted(() -> {
                for (int i = 0; i < rounds; i++) {
                    while (turn.get() != me) LockSupport.park();
                    turn.set(1 - me);
                    LockSupport.unpark(threads[1 - me]);
                }
            });
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
    }
}
