package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ctxbench.context.Context;
import ctxbench.examples.SeedRequest.Outcome;
import ctxbench.examples.SeedRequest.Variant;
import ctxbench.runtime.Chan;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 000's request code ({@link SeedRequest}): per variant and path, what was printed, the
 * timers left pending when the request returned, and the goroutines started for it once those
 * fired. The fast path's engine answers at once under a 1 s deadline; the timeout path's engine is
 * held on a gate under a 20 ms one, so which case wins is never a race.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SeedRequestTest {
    /**
     * Leaky: one timer pending, whose firing starts a goroutine to cancel the context (2 in all
     * with the worker). time.After: one timer pending, fired by a send (1). defer cancel() and
     * defer t.Stop(): none (1).
     */
    @ParameterizedTest
    @CsvSource({"BEFORE_LEAKY, 1, 2", "BEFORE_CANCEL, 0, 1", "AFTER, 1, 1", "TIMER_STOP, 0, 1"})
    void fastPath(Variant variant, int pendingTimers, long goroutinesStarted) {
        Stdout out = Stdout.captured();
        Outcome o = SeedRequest.run(variant, Duration.ofSeconds(1), SeedRequest::newEngineCtx, out);
        assertEquals(new Outcome("engineCtx received", pendingTimers, goroutinesStarted), o);
        assertEquals(List.of("engineCtx received"), out.lines());
    }

    /** Every timer has fired to get here; a context's firing started a goroutine (the AfterFunc), time.After's did not. */
    @ParameterizedTest
    @CsvSource({"BEFORE_LEAKY, 2", "BEFORE_CANCEL, 2", "AFTER, 1", "TIMER_STOP, 1"})
    void timeoutPath(Variant variant, long goroutinesStarted) {
        long baseline = Settle.baseline();
        Chan<Void> gate = Chan.make();
        Stdout out = Stdout.captured();
        Outcome o = SeedRequest.run(variant, Duration.ofMillis(20), ctx -> {
            gate.recv();
            return SeedRequest.newEngineCtx(ctx);
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
        Outcome o = SeedRequest.run(Variant.AFTER, Duration.ofMillis(20), ctx -> null, Stdout.captured());
        assertEquals("tmpCtx.Done", o.printed());
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    @Test
    void theSeedsEngineContextIsTodo() {
        assertSame(Context.todo(), SeedRequest.newEngineCtx(Context.background()));
    }

    @Test
    void variantsAreNamedAsSeedVariantsNamesThem() {
        assertEquals(List.of("before-leaky", "before-cancel", "after", "timer-stop"),
                Arrays.stream(Variant.values()).map(v -> v.goName).toList());
    }
}
