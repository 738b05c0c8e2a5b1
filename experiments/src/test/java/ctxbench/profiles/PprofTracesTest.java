package ctxbench.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code go tool pprof -traces} text: real captures, units, labels, and every error. */
class PprofTracesTest {
    private static final String SEP = "-----------+-------------------------------------------------------\n";
    private static final String CPU_HEADER = "File: seed.test\nType: cpu\nTime: Dec 6, 2026 at 9:58am (UTC)\n"
            + "Duration: 4.73s, Total samples = 5.04s (106.56%)\n";
    private static final String ALLOC_HEADER = "File: seed.test\nType: alloc_space\n";

    @Test
    void afterCpuCaptureRootFirstInNanoseconds() throws ProfileFormatException {
        PprofTraces.Profile p = Fixtures.traces("go-after-cpu-traces.txt");
        assertEquals("cpu", p.kind());
        assertEquals(1_230_000_000L, p.stacks().total()); // 40 samples: 10ms to 300ms each
        assertEquals(37, p.stacks().size());
        Map<List<String>, Long> stacks = Fixtures.byStack(p.stacks());
        // the first sample, "20ms runtime.nanotime (inline)" then its callers
        assertEquals(20_000_000L, stacks.get(List.of("runtime.mcall", "runtime.gosched_m", "runtime.goschedImpl",
                "runtime.schedule", "runtime.findRunnable", "runtime.checkTimers", "runtime.nanotime")));
        // three samples of the same stack (300ms, 10ms, 10ms), merged
        assertEquals(320_000_000L, stacks.get(List.of("runtime.gcBgMarkWorker", "runtime.systemstack",
                "runtime.gcBgMarkWorker.func2", "runtime.gcDrain", "runtime.scanobject")));
        assertEquals(40_000_000L, stacks.get(List.of("testing.(*B).launch", "testing.(*B).runN",
                "ctxbench/seed.BenchmarkSeedRequest_fastPath.func1", "ctxbench/seed.After", "time.After",
                "time.NewTimer", "time.startTimer", "runtime.addtimer", "runtime.lock", "runtime.lockWithRank",
                "runtime.lock2")));
        p.stacks().forEach((frames, weight) -> assertTrue(frames.stream().noneMatch(f -> f.contains("(inline)")
                || f.isBlank() || !f.strip().equals(f)), frames::toString));
    }

    @Test
    void beforeLeakyCpuCapture() throws ProfileFormatException {
        PprofTraces.Profile p = Fixtures.traces("go-before-leaky-cpu-traces.txt");
        assertEquals("cpu", p.kind());
        assertEquals(1_550_000_000L, p.stacks().total());
        assertEquals(37, p.stacks().size());
    }

    @Test
    void afterAllocCaptureInBytesIgnoringTheBlockSizeLabel() throws ProfileFormatException {
        PprofTraces.Profile p = Fixtures.traces("go-after-alloc-traces.txt");
        assertEquals("alloc", p.kind());
        // pprof -top says 1189.19MB; the sum of the printed (rounded) values is a few kB off
        assertEquals(1_246_951_608L, p.stacks().total());
        assertEquals(7, p.stacks().size());
        Map<List<String>, Long> stacks = Fixtures.byStack(p.stacks());
        assertEquals(58_195_968L, stacks.get(List.of("ctxbench/seed.startWorker.func1"))); // 55.50MB
        // seven samples: 2.41MB 2.07MB 930.82kB 1.62MB 1.37MB 600.58kB 1.13MB, each rounded to a byte
        assertEquals(2_527_068L + 2_170_552 + 953_160 + 1_698_693 + 1_436_549 + 614_994 + 1_184_891,
                stacks.get(List.of("testing.(*B).launch", "testing.(*B).runN",
                        "ctxbench/seed.BenchmarkSeedRequest_fastPath.func1", "ctxbench/seed.After", "time.After",
                        "time.NewTimer", "time.startTimer")));
        assertEquals(524_308L, stacks.get(List.of("runtime.gcBgMarkWorker"))); // 512.02kB
    }

    @Test
    void timeUnits() throws ProfileFormatException {
        String text = CPU_HEADER + SEP
                + "       7ns   a\n" + SEP
                + "     250us   b\n" + SEP
                + "       3µs   c\n" + SEP
                + "       3μs   d\n" + SEP
                + "    1.25ms   e\n" + SEP
                + "     1.50s   f\n" + SEP
                + "   1.25hrs   g\n" + SEP
                + "         0   h\n" + SEP;
        Map<List<String>, Long> stacks = Fixtures.byStack(PprofTraces.parse(text, "t.txt").stacks());
        assertEquals(Map.of(List.of("a"), 7L, List.of("b"), 250_000L, List.of("c"), 3_000L, List.of("d"), 3_000L,
                List.of("e"), 1_250_000L, List.of("f"), 1_500_000_000L, List.of("g"), 4_500_000_000_000L,
                List.of("h"), 0L), stacks);
    }

    @Test
    void byteUnitsAreBinaryAndRoundedHalfUp() throws ProfileFormatException {
        String text = ALLOC_HEADER + SEP
                + "     bytes:  512B\n      512B   a\n" + SEP
                + "     bytes:  8kB\n  930.82kB   b\n" + SEP
                + "    2.41MB   c\n" + SEP
                + "     1.5GB   d\n" + SEP
                + "       2TB   e\n" + SEP
                + "       1PB   f\n" + SEP;
        Map<List<String>, Long> stacks = Fixtures.byStack(PprofTraces.parse(text, "t.txt").stacks());
        assertEquals(Map.of(List.of("a"), 512L, List.of("b"), 953_160L, List.of("c"), 2_527_068L,
                List.of("d"), 1_610_612_736L, List.of("e"), 2L << 40, List.of("f"), 1L << 50), stacks);
    }

    @Test
    void inlineMarksAreStrippedAndEqualStacksMerged() throws ProfileFormatException {
        String text = CPU_HEADER + SEP
                + "      10ms   runtime.lock2\n             runtime.lock (inline)\n"
                + "             runtime.addtimer (partial-inline)\n             time.startTimer\n" + SEP
                + "      30ms   runtime.lock2\n             runtime.lock\n"
                + "             runtime.addtimer\n             time.startTimer\n" + SEP;
        Stacks stacks = PprofTraces.parse(text, "t.txt").stacks();
        assertEquals(Map.of(List.of("time.startTimer", "runtime.addtimer", "runtime.lock", "runtime.lock2"),
                40_000_000L), Fixtures.byStack(stacks));
    }

    @Test
    void aProfileWithoutSamplesIsEmpty() throws ProfileFormatException {
        PprofTraces.Profile p = PprofTraces.parse(CPU_HEADER + SEP, "t.txt");
        assertEquals("cpu", p.kind());
        assertTrue(p.stacks().isEmpty());
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertError("t.txt:1: no separator line '-----------+---...': not the output of go tool pprof -traces",
                "File: seed.test\nType: cpu\n");
        assertError("t.txt:1: no separator line '-----------+---...': not the output of go tool pprof -traces", "");
        assertError("t.txt:2: no 'Type:' line before the first sample",
                "File: seed.test\n" + SEP + "      10ms   a\n" + SEP);
        assertError("t.txt:2: profile type 'inuse_space' is not cpu or alloc_space"
                        + " (pprof -sample_index=alloc_space for a memory profile)",
                "File: seed.test\nType: inuse_space\n" + SEP + "      1MB   a\n" + SEP);
        assertError("t.txt:6: value '20MB' is not a time (ns, us, ms, s, hrs)",
                CPU_HEADER + SEP + "      20MB   a\n" + SEP);
        assertError("t.txt:6: value 'twenty' is not a time (ns, us, ms, s, hrs)",
                CPU_HEADER + SEP + "    twenty   a\n" + SEP);
        assertError("t.txt:6: value '-10ms' is not a time (ns, us, ms, s, hrs)",
                CPU_HEADER + SEP + "     -10ms   a\n" + SEP);
        assertError("t.txt:6: value '9000000PB' is not a size (B, kB, MB, GB, TB, PB)",
                ALLOC_HEADER + SEP + "      1MB   a\n" + SEP + " 9000000PB   b\n" + SEP);
        assertError("t.txt:5: value '20ms' is not a size (B, kB, MB, GB, TB, PB)",
                ALLOC_HEADER + SEP + "     bytes:  16B\n      20ms   a\n" + SEP);
        assertError("t.txt:6: sample has no frame", CPU_HEADER + SEP + "      20ms\n" + SEP);
        assertError("t.txt:6: sample has no frame", CPU_HEADER + SEP + SEP);
        assertError("t.txt:5: sample has no frame", ALLOC_HEADER + SEP + "     bytes:  16B\n" + SEP);
        assertError("t.txt:8: text after the last separator line (a truncated file?)",
                CPU_HEADER + SEP + "      20ms   a\n" + SEP + "      10ms   b\n             c\n");
    }

    private static void assertError(String message, String text) {
        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> PprofTraces.parse(text, "t.txt"));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
