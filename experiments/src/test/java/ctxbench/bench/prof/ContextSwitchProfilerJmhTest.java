package ctxbench.bench.prof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The profiler inside JMH: one short in-process trial ({@code -f 0}) of the seed's fast path with
 * {@code -prof ctxbench.bench.prof.ContextSwitchProfiler} gives both metrics for every iteration,
 * in {@code #/op}, and the trial's score is the mean of its iterations'.
 */
@Timeout(120)
class ContextSwitchProfilerJmhTest {
    @Test
    void aJmhTrialReportsBothMetricsPerIterationAndTheirMean() throws Exception {
        assumeTrue(Files.isDirectory(ContextSwitchProfiler.TASKS), "Linux");
        Collection<RunResult> runs = new Runner(new OptionsBuilder()
                .include("ctxbench.bench.seed.SeedRequest.fastPath$")
                .param("variant", "after")
                .param("queue", "go-heap")
                .param("sched", "go")
                .param("timers", "go1.19")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(2)
                .measurementTime(TimeValue.milliseconds(100))
                .addProfiler(ContextSwitchProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();
        assertEquals(1, runs.size());
        RunResult run = runs.iterator().next();
        for (String label : List.of(ContextSwitchProfiler.VOLUNTARY, ContextSwitchProfiler.INVOLUNTARY)) {
            Result<?> trial = run.getSecondaryResults().get(label);
            assertEquals("#/op", trial.getScoreUnit(), label);
            List<Double> iterations = new ArrayList<>();
            for (IterationResult i : run.getBenchmarkResults().iterator().next().getIterationResults()) {
                iterations.add(i.getSecondaryResults().get(label).getScore());
            }
            assertEquals(2, iterations.size(), label);
            for (double v : iterations) assertTrue(v >= 0 && Double.isFinite(v), label + " " + iterations);
            assertEquals((iterations.get(0) + iterations.get(1)) / 2, trial.getScore(), 1e-9 * Math.max(1, trial.getScore()), label);
        }
        // Every request parks the caller in select until its worker answers, and JMH's own thread
        // waits out each iteration: the process blocked at least once.
        assertTrue(run.getSecondaryResults().get(ContextSwitchProfiler.VOLUNTARY).getScore() > 0);
    }
}
