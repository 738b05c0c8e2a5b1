package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.examples.SeedLeftovers.Outcome;
import ctxbench.runtime.Chan;
import ctxbench.seed.Engine;
import ctxbench.seed.SeedVariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 000's request code as the example {@link SeedLeftovers} runs it: per variant and path, what was printed, the
 * timers left pending when the request returned, and the goroutines started for it once those
 * fired. The fast path's engine answers at once under a 1 s deadline; the timeout path's engine is
 * held on a gate under a 20 ms one, so which case wins is never a race.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SeedLeftoversTest {
    /**
     * Leaky: one timer pending, whose firing starts a goroutine to cancel the context (2 in all
     * with the worker). time.After: one timer pending, fired by a send (1). defer cancel() and
     * defer t.Stop(): none (1).
     */
    @ParameterizedTest
    @CsvSource({"BEFORE_LEAKY, 1, 2", "BEFORE_CANCEL, 0, 1", "AFTER, 1, 1", "TIMER_STOP, 0, 1"})
    void fastPath(SeedVariant variant, int pendingTimers, long goroutinesStarted) {
        Stdout out = Stdout.captured();
        Outcome o = SeedLeftovers.run(variant, Duration.ofSeconds(1), Engine.ANSWERS_AT_ONCE, out);
        assertEquals(new Outcome("engineCtx received", pendingTimers, goroutinesStarted), o);
        assertEquals(List.of("engineCtx received"), out.lines());
    }

    /** Every timer has fired to get here; a context's firing started a goroutine (the AfterFunc), time.After's did not. */
    @ParameterizedTest
    @CsvSource({"BEFORE_LEAKY, 2", "BEFORE_CANCEL, 2", "AFTER, 1", "TIMER_STOP, 1"})
    void timeoutPath(SeedVariant variant, long goroutinesStarted) {
        long baseline = Settle.baseline();
        Chan<Void> gate = Chan.make();
        Stdout out = Stdout.captured();
        Outcome o = SeedLeftovers.run(variant, Duration.ofMillis(20), ctx -> {
            gate.recv();
            return Engine.ANSWERS_AT_ONCE.newEngineCtx(ctx);
        }, out);
        assertEquals(new Outcome("tmpCtx.Done", 0, goroutinesStarted), o);
        assertEquals(List.of("tmpCtx.Done"), out.lines());
        gate.close(); // the engine answers late into the buffered channel and its goroutine ends
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    /** Go: newEngineCtx failing (err != nil) sends nothing, so only the timeout can end the request. */
    @Test
    void anEngineThatFailsSendsNothingAndTheRequestTimesOut() {
        long baseline = Settle.baseline();
        Outcome o = SeedLeftovers.run(SeedVariant.AFTER, Duration.ofMillis(20), ctx -> null, Stdout.captured());
        assertEquals("tmpCtx.Done", o.printed());
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    /**
     * The program ({@code scripts/example.sh [--sched go|vt] seed}) in a JVM of each goroutine
     * runtime: on the timeout path every variant's timers have fired when the request returns
     * (0 pending) and the goroutines started are those of {@link #timeoutPath}, on both. (Its fast
     * path races the engine against the seed's 200 ms, so its lines are not asserted.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"go", "vt"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theProgramsTimeoutPathLeavesNoTimerOnEitherRuntime(String sched) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Dctxbench.sched=" + sched,
                "-cp", System.getProperty("java.class.path"), SeedLeftovers.class.getName()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertEquals(List.of(
                        "before-leaky  timeout path printed \"tmpCtx.Done\"        timers pending after return: 0, goroutines started: 2",
                        "before-cancel timeout path printed \"tmpCtx.Done\"        timers pending after return: 0, goroutines started: 2",
                        "after         timeout path printed \"tmpCtx.Done\"        timers pending after return: 0, goroutines started: 1",
                        "timer-stop    timeout path printed \"tmpCtx.Done\"        timers pending after return: 0, goroutines started: 1"),
                output.lines().filter(l -> l.contains("timeout path")).toList(), output);
        assertEquals(8, output.lines().count(), output);
    }
}
