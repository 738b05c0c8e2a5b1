package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import ctxbench.context.Context;
import ctxbench.errors.GoError;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seed 001's error cancellation ({@link ErrorCancellation}) and the errgroup model ({@link ErrGroup}). */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ErrorCancellationTest {
    /** Go's output, in Go's order: f2 can only return after f1's goroutine printed and cancelled. */
    @Test
    void f1FailsAndF2IsCancelledAtOnce() {
        long baseline = Settle.baseline();
        assertEquals(List.of("f1 err in 1ms", "f2: context canceled"), ErrorCancellation.run(Stdout.captured()).lines());
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    @Test
    void errgroupReturnsTheFirstErrorAndEndsEveryGoroutine() {
        long baseline = Settle.baseline();
        assertEquals(List.of("errgroup: f1 err in 1ms"), ErrorCancellation.runErrGroup(Stdout.captured()).lines());
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    /** Go: fmt.Errorf("f2: %w", ctx.Err()) wraps context.Canceled, so errors.Is(err, context.Canceled). */
    @Test
    void f2sErrorWrapsContextCanceled() {
        var cancel = Context.withCancel(Context.background());
        cancel.cancel();
        WrappedError err = (WrappedError) ErrorCancellation.f2(cancel.context());
        assertEquals("f2: context canceled", err.error());
        assertSame(Context.CANCELED, err.unwrap());
    }

    @Test
    void errgroupKeepsOnlyTheFirstErrorAndCancelsItsContext() {
        GoError first = GoError.of("first");
        ErrGroup g = ErrGroup.withContext(Context.background());
        Context ctx = g.context();
        g.go(() -> first);
        g.go(() -> {
            ctx.done().recv(); // returns only once the first error has cancelled the group
            return GoError.of("second");
        });
        assertSame(first, g.await());
        assertSame(Context.CANCELED, ctx.err());
    }

    @Test
    void errgroupWithoutErrorsReturnsNilAndStillCancelsOnWait() {
        ErrGroup g = ErrGroup.withContext(Context.background());
        g.go(() -> null);
        g.go(() -> null);
        assertNull(g.await());
        assertSame(Context.CANCELED, g.context().err());
    }
}
