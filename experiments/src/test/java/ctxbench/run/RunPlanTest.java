package ctxbench.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.cli.BadInputException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** {@link RunPlan} over the benchmark list compiled into this module (META-INF/BenchmarkList). */
class RunPlanTest {

    private static RunPlan plan(Profile profile, String suite, String... extra) throws BadInputException {
        return RunPlan.of(JmhArguments.of(profile, suite, List.of(extra)).options());
    }

    @Test
    void everyParameterCombinationIsATrial() throws BadInputException {
        RunPlan p = plan(Profile.SMOKE, "seed.SeedRequest");
        assertEquals(2 * 4 * 3 * 2 * 2, p.trials().size(), "2 methods × 4 variants × 3 queues × 2 goroutine runtimes × 2 timer modes");
        assertEquals(new RunPlan.Trial("ctxbench.bench.seed.SeedRequest.fastPath",
                        Map.of("queue", "go-heap", "sched", "go", "timers", "go1.19", "variant", "before-leaky")),
                p.trials().get(0));
    }

    @Test
    void parameterValuesOnTheCommandLineReplaceTheAnnotations() throws BadInputException {
        assertEquals(4 * 2 * 1 * 2 * 2, plan(Profile.QUICK, "timers.TimerOps").trials().size(),
                "4 methods × 2 kinds × queue go-heap × live 0, 100000 × 2 goroutine runtimes");
        assertEquals(2 * 2 * 2, plan(Profile.QUICK, "seed.SeedRequest", "-p", "queue=wheel", "-p", "variant=after").trials().size());
        assertEquals(2, plan(Profile.QUICK, "seed.SeedRequest", "-p", "queue=wheel", "-p", "variant=after", "-p", "sched=go",
                "-p", "timers=go1.23").trials().size());
    }

    /**
     * The goroutine runtime is a parameter of its own ({@code sched}), so quick's
     * {@code -p threads=virtual} leaves the channel suite's {@code sched=go} classes alone: quick runs
     * every row that stands beside Go's, smoke every class of the suite.
     */
    @Test
    void everyProfileRunsTheGoRuntimeRows() throws BadInputException {
        RunPlan quick = plan(Profile.QUICK, "channels");
        assertEquals(2 + 5 + 6 + 2, quick.trials().stream().filter(t -> "go".equals(t.params().get("sched"))).count(),
                "ChanPingPong, ChanThroughput, ChanProdCons of channels.go and ChanSelect");
        assertEquals(0, quick.trials().stream().filter(t -> "platform".equals(t.params().get("threads"))).count());
        assertEquals(13 + 1 + 3 + 5, plan(Profile.QUICK, "gobench").trials().stream()
                .filter(t -> "go".equals(t.params().get("sched"))).count(), "ChanBench 13, CommonParentCancel, WithTimeout × 3, DeepValueNewGoRoutine × 5");
        RunPlan smoke = plan(Profile.SMOKE, "channels");
        assertEquals(2 * 4 * 2 + 5 * 4 * 2 + 3 * 2 * 4 * 2 + (2 + 2 + 3 * 2) + (2 + 5 + 3 * 2) + 2 * 2, smoke.trials().size(),
                "impl × threads, the sync classes, the go classes, ChanSelect × sched");
        assertEquals(List.of(Map.of("cap", "0", "impl", "model", "sched", "go"), Map.of("cap", "1", "impl", "model", "sched", "go")),
                smoke.trials().stream().filter(t -> t.benchmark().equals("ctxbench.bench.channels.go.ChanPingPong.roundTrip"))
                        .map(RunPlan.Trial::params).toList());
    }

    private static void checkParameters(String suite, String... extra) throws BadInputException {
        JmhArguments jmh = JmhArguments.of(Profile.QUICK, suite, List.of(extra));
        RunPlan.checkParameters(jmh.options(), jmh.userParameters());
    }

    @Test
    void aParameterNoSelectedBenchmarkHasIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> checkParameters("seed.SeedRequest", "-p", "depth=3"));
        assertEquals("-p depth: no selected benchmark has this parameter (they have: queue, sched, timers, variant)", e.getMessage());
    }

    @Test
    void aWordValueOutsideAnEnumerationIsRefused() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> checkParameters("seed.SeedRequest", "-p", "variant=after,befor-leaky"));
        assertEquals("-p variant=befor-leaky: not one of after, before-cancel, before-leaky, timer-stop", e.getMessage());
    }

    @Test
    void declaredValuesAndNewNumbersPass() {
        assertDoesNotThrow(() -> checkParameters("seed.SeedRequest", "-p", "variant=after", "-p", "queue=wheel"));
        assertDoesNotThrow(() -> checkParameters("timers.TimerOps", "-p", "live=5000"));
        assertDoesNotThrow(() -> checkParameters(null), "the profile's own -p values are not checked");
    }

    @Test
    void theEstimateIsForksTimesOverheadAndIterations() throws BadInputException {
        RunPlan p = plan(Profile.FULL, "seed.SeedRequest.timeoutPath");
        double perFork = RunPlan.FORK_OVERHEAD_SECONDS + 2 * 1.0 + 5 * 1.0; // SeedRequest's @Warmup and @Measurement
        assertEquals(48 * 3 * perFork, p.estimatedSeconds(), 1e-9);
        assertEquals("20 min", p.estimateText());
        // A single-shot benchmark has no iteration time: its 10 forks cost their overhead.
        assertEquals(10 * RunPlan.FORK_OVERHEAD_SECONDS, plan(Profile.FULL, "naive.Naive.afterOnce").estimatedSeconds(), 1e-9);
    }

    /**
     * The full profile leaves forks and iterations to each class's annotations, so every
     * benchmark must state them (JMH's defaults, 5 forks of 5 × 10 s after 5 × 10 s, would take
     * hours), with at least six samples per series (a 95% interval of the median).
     */
    @Test
    void everyBenchmarkStatesHowItIsMeasured() {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        var entries = BenchmarkList.defaultList().find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT), List.of(".*"), List.of());
        assertFalse(entries.isEmpty());
        for (BenchmarkListEntry e : entries) {
            String name = e.getUsername();
            assertTrue(e.getForks().hasValue(), name + ": no @Fork value");
            assertTrue(e.getMeasurementIterations().hasValue(), name + ": no @Measurement iterations");
            assertTrue(e.getForks().get() * e.getMeasurementIterations().get() >= 6, name + ": fewer than 6 samples per series");
            if (e.getMode() != Mode.SingleShotTime) {
                assertTrue(e.getWarmupIterations().hasValue() && e.getWarmupTime().hasValue(), name + ": no @Warmup");
                assertTrue(e.getMeasurementTime().hasValue(), name + ": no @Measurement time");
            }
        }
    }

    /** The profiles' budgets on this machine kind, as the plan estimates them (bench.sh's load experiments come on top). */
    @Test
    void theProfilesFitTheirBudgets() throws BadInputException {
        assertTrue(plan(Profile.QUICK, null).estimatedSeconds() <= 13.5 * 60, "quick: ≤ 15 min with its load experiments");
        assertTrue(plan(Profile.FULL, null).estimatedSeconds() <= 80 * 60, "full: ≤ 95 min with its load experiments");
    }

    @Test
    void estimatesReadInSecondsMinutesOrHours() {
        assertEquals("42 s", new RunPlan(List.of(), 42).estimateText());
        assertEquals("9 min", new RunPlan(List.of(), 540).estimateText());
        assertEquals("1 h 05 min", new RunPlan(List.of(), 3900).estimateText());
    }
}
