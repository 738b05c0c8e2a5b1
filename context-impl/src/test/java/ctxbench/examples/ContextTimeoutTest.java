package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seed 001's timeout control ({@link ContextTimeout#handle}): Go's two output lines, the deadline
 * error's text, and the rpc goroutine that an unbuffered result channel strands after a timeout.
 * The rpc is held on a gate instead of sleeping 100 ms, so which case wins is never a race.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ContextTimeoutTest {
    private static Supplier<ContextTimeout.Result> heldUntilClosed(Chan<Void> gate) {
        return () -> {
            gate.recv();
            return new ContextTimeout.Result("rpc done", null);
        };
    }

    private static long leftAfterTimeout(int resultBuffer) {
        long baseline = Settle.baseline();
        Chan<Void> gate = Chan.make();
        Stdout out = Stdout.captured();
        assertTrue(ContextTimeout.handle(Context.background(), 20, heldUntilClosed(gate), resultBuffer, out));
        assertEquals(List.of("timeout: 20 ms, context exit: context deadline exceeded"), out.lines());
        gate.close(); // the rpc returns now, after its caller gave up
        return Settle.goroutinesLeft(baseline, resultBuffer == 0 ? 1 : 0);
    }

    @Test
    void aDeadlineShorterThanTheRpcTimesOutAndStrandsTheRpcGoroutine() {
        assertEquals(1, leftAfterTimeout(0));
    }

    /** Seed 003's fix: with a buffer of one the late send completes and the goroutine ends. */
    @Test
    void aBufferedResultChannelLetsTheLateRpcFinish() {
        assertEquals(0, leftAfterTimeout(1));
    }

    @Test
    void aDeadlineLongerThanTheRpcPrintsTheResultAndStopsItsTimer() {
        long baseline = Settle.baseline();
        Stdout out = Stdout.captured();
        try (PendingTimers timers = PendingTimers.install()) {
            assertFalse(ContextTimeout.handle(Context.background(), 5000,
                    () -> new ContextTimeout.Result("rpc done", null), 0, out));
            assertEquals(0, timers.count(), "defer cancel() stops the context's timer");
        }
        assertEquals(List.of("result: rpc done, err: <nil>"), out.lines());
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    @Test
    void anRpcErrorIsPrintedWithItsText() {
        Stdout out = Stdout.captured();
        ContextTimeout.handle(Context.background(), 5000,
                () -> new ContextTimeout.Result("", GoError.of("connection refused")), 1, out);
        assertEquals(List.of("result: , err: connection refused"), out.lines());
    }

    /** Go: a parent that is already cancelled ends the select at once with its error. */
    @Test
    void aCancelledParentEndsTheCallWithContextCanceled() {
        var parent = Context.withCancel(Context.background());
        parent.cancel();
        Chan<Void> gate = Chan.make();
        Stdout out = Stdout.captured();
        assertTrue(ContextTimeout.handle(parent.context(), 5000, heldUntilClosed(gate), 1, out));
        gate.close();
        assertEquals(List.of("timeout: 5000 ms, context exit: context canceled"), out.lines());
    }
}
