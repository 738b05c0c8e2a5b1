package ctxbench.context;

import static ctxbench.context.GoTestSupport.QUIESCENT;
import static ctxbench.context.GoTestSupport.SHORT_DURATION;
import static ctxbench.context.GoTestSupport.await;
import static ctxbench.context.GoTestSupport.awaitDone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ctxbench.errors.GoError;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The Go 1.20/1.21 context API's tests from Go's src/context/x_test.go, one method per Go test:
 * {@code WithCancelCause}/{@code Cause}, {@code WithDeadlineCause}/{@code WithTimeoutCause},
 * {@code WithoutCancel}, {@code AfterFunc}, and the propagation through custom contexts.
 * {@code TestCustomContextCause} is Go 1.22's (the fix of golang/go#62582, which the model's
 * {@code Cause} follows: a cancelled custom context reports its {@code Err} as its cause).
 *
 * <p>{@code TestCauseRace} is ported as the poll it is; what Go adds under {@code -race} (the
 * race detector's report) has no counterpart here.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContextGo121Test {
    /**
     * One row of Go's TestCause table.
     *
     * @param name  the subtest name
     * @param ctx   builds (and cancels, as the row says) the context under test
     * @param err   the wanted {@code ctx.Err()}
     * @param cause the wanted {@code Cause(ctx)}
     */
    record CauseCase(String name, Supplier<Context> ctx, GoError err, GoError cause) {}

    /** Go: TestCause, its table rows as dynamic tests (Go: {@code t.Run(test.name, ...)}). */
    @TestFactory
    Stream<DynamicTest> testCause() {
        Duration forever = Duration.ofSeconds(1_000_000);
        GoError parentCause = GoError.of("parentCause");
        GoError childCause = GoError.of("childCause");
        GoError tooSlow = GoError.of("tooSlow");
        GoError finishedEarly = GoError.of("finishedEarly");
        Context bg = Context.background();
        GoError canceled = Context.CANCELED;
        GoError deadlineExceeded = Context.DEADLINE_EXCEEDED;
        List<CauseCase> tests = List.of(
                new CauseCase("Background", Context::background, null, null),
                new CauseCase("TODO", Context::todo, null, null),
                new CauseCase("WithCancel", () -> {
                    CancelFunc cancel = Context.withCancel(bg);
                    cancel.cancel();
                    return cancel.context();
                }, canceled, canceled),
                new CauseCase("WithCancelCause", () -> {
                    CancelCauseFunc cancel = Context.withCancelCause(bg);
                    cancel.cancel(parentCause);
                    return cancel.context();
                }, canceled, parentCause),
                new CauseCase("WithCancelCause nil", () -> {
                    CancelCauseFunc cancel = Context.withCancelCause(bg);
                    cancel.cancel(null);
                    return cancel.context();
                }, canceled, canceled),
                new CauseCase("WithCancelCause: parent cause before child", () -> {
                    CancelCauseFunc cancelParent = Context.withCancelCause(bg);
                    CancelCauseFunc cancelChild = Context.withCancelCause(cancelParent.context());
                    cancelParent.cancel(parentCause);
                    cancelChild.cancel(childCause);
                    return cancelChild.context();
                }, canceled, parentCause),
                new CauseCase("WithCancelCause: parent cause after child", () -> {
                    CancelCauseFunc cancelParent = Context.withCancelCause(bg);
                    CancelCauseFunc cancelChild = Context.withCancelCause(cancelParent.context());
                    cancelChild.cancel(childCause);
                    cancelParent.cancel(parentCause);
                    return cancelChild.context();
                }, canceled, childCause),
                new CauseCase("WithCancelCause: parent cause before nil", () -> {
                    CancelCauseFunc cancelParent = Context.withCancelCause(bg);
                    CancelFunc cancelChild = Context.withCancel(cancelParent.context());
                    cancelParent.cancel(parentCause);
                    cancelChild.cancel();
                    return cancelChild.context();
                }, canceled, parentCause),
                new CauseCase("WithCancelCause: parent cause after nil", () -> {
                    CancelCauseFunc cancelParent = Context.withCancelCause(bg);
                    CancelFunc cancelChild = Context.withCancel(cancelParent.context());
                    cancelChild.cancel();
                    cancelParent.cancel(parentCause);
                    return cancelChild.context();
                }, canceled, canceled),
                new CauseCase("WithCancelCause: child cause after nil", () -> {
                    CancelFunc cancelParent = Context.withCancel(bg);
                    CancelCauseFunc cancelChild = Context.withCancelCause(cancelParent.context());
                    cancelParent.cancel();
                    cancelChild.cancel(childCause);
                    return cancelChild.context();
                }, canceled, canceled),
                new CauseCase("WithCancelCause: child cause before nil", () -> {
                    CancelFunc cancelParent = Context.withCancel(bg);
                    CancelCauseFunc cancelChild = Context.withCancelCause(cancelParent.context());
                    cancelChild.cancel(childCause);
                    cancelParent.cancel();
                    return cancelChild.context();
                }, canceled, childCause),
                new CauseCase("WithTimeout", () -> {
                    CancelFunc cancel = Context.withTimeout(bg, Duration.ZERO);
                    cancel.cancel();
                    return cancel.context();
                }, deadlineExceeded, deadlineExceeded),
                new CauseCase("WithTimeout canceled", () -> {
                    CancelFunc cancel = Context.withTimeout(bg, forever);
                    cancel.cancel();
                    return cancel.context();
                }, canceled, canceled),
                new CauseCase("WithTimeoutCause", () -> {
                    CancelFunc cancel = Context.withTimeoutCause(bg, Duration.ZERO, tooSlow);
                    cancel.cancel();
                    return cancel.context();
                }, deadlineExceeded, tooSlow),
                new CauseCase("WithTimeoutCause canceled", () -> {
                    CancelFunc cancel = Context.withTimeoutCause(bg, forever, tooSlow);
                    cancel.cancel();
                    return cancel.context();
                }, canceled, canceled),
                new CauseCase("WithTimeoutCause stacked", () -> {
                    CancelCauseFunc cancel = Context.withCancelCause(bg);
                    Context ctx = Context.withTimeoutCause(cancel.context(), Duration.ZERO, tooSlow).context();
                    cancel.cancel(finishedEarly);
                    return ctx;
                }, deadlineExceeded, tooSlow),
                new CauseCase("WithTimeoutCause stacked canceled", () -> {
                    CancelCauseFunc cancel = Context.withCancelCause(bg);
                    Context ctx = Context.withTimeoutCause(cancel.context(), forever, tooSlow).context();
                    cancel.cancel(finishedEarly);
                    return ctx;
                }, canceled, finishedEarly),
                new CauseCase("WithoutCancel", () -> Context.withoutCancel(bg), null, null),
                new CauseCase("WithoutCancel canceled", () -> {
                    CancelCauseFunc cancel = Context.withCancelCause(bg);
                    Context ctx = Context.withoutCancel(cancel.context());
                    cancel.cancel(finishedEarly);
                    return ctx;
                }, null, null),
                new CauseCase("WithoutCancel timeout", () -> {
                    CancelFunc cancel = Context.withTimeoutCause(bg, Duration.ZERO, tooSlow);
                    Context ctx = Context.withoutCancel(cancel.context());
                    cancel.cancel();
                    return ctx;
                }, null, null));
        return tests.stream().map(test -> DynamicTest.dynamicTest(test.name(), () -> {
            Context ctx = test.ctx().get();
            assertSame(test.err(), ctx.err(), "ctx.Err()");
            assertSame(test.cause(), Context.cause(ctx), "Cause(ctx)");
        }));
    }

    /**
     * Go: TestCauseRace: polling {@code Cause} while another goroutine cancels sees nothing, then
     * exactly the cause (never a half-published one).
     */
    @Test
    void testCauseRace() {
        GoError cause = GoError.of("TestCauseRace");
        CancelCauseFunc cancel = Context.withCancelCause(Context.background());
        Context ctx = cancel.context();
        Goroutines.go(() -> cancel.cancel(cause));
        for (;;) {
            // Poll Cause, rather than waiting for Done, to test that
            // access to the underlying cause is synchronized properly.
            GoError err = Context.cause(ctx);
            if (err != null) {
                assertSame(cause, err, "Cause returned");
                break;
            }
            Thread.yield(); // Go: runtime.Gosched()
        }
    }

    /** Go: TestWithCancelSimultaneouslyCanceledParent: cancel the parent concurrently with creating a child. */
    @Test
    void testWithCancelSimultaneouslyCanceledParent() {
        for (int i = 0; i < 100; i++) {
            CancelCauseFunc pcancel = Context.withCancelCause(Context.background());
            Context parent = pcancel.context();
            GoError cause = GoError.of("Because!");
            Goroutines.go(() -> pcancel.cancel(cause));

            Context c = Context.withCancel(parent).context();
            awaitDone(c, "c");
            assertSame(Context.CANCELED, c.err(), "child not canceled");
            assertSame(cause, Context.cause(c), "child has wrong cause");
        }
    }

    /** Go: TestWithoutCancel. */
    @Test
    void testWithoutCancel() {
        String key = "key";
        String value = "value";
        Context ctx = Context.withValue(Context.background(), key, value);
        ctx = Context.withoutCancel(ctx);
        assertEquals(Context.NO_DEADLINE, ctx.deadline(), "ctx.Deadline()");
        assertNull(ctx.done(), "ctx.Done()");
        assertNull(ctx.err(), "ctx.Err()");
        assertSame(value, ctx.value(key), "ctx.Value(\"key\")");
    }

    /**
     * Go's test type {@code customDoneContext}: the embedded context's everything, but a Done
     * channel of its own.
     *
     * @param ctx   the embedded context
     * @param donec the Done channel
     */
    record CustomDoneContext(Context ctx, Chan<Void> donec) implements Context {
        @Override
        public long deadline() {
            return ctx.deadline();
        }

        @Override
        public Chan<Void> done() {
            return donec;
        }

        @Override
        public GoError err() {
            return ctx.err();
        }

        @Override
        public Object value(Object key) {
            return ctx.value(key);
        }
    }

    /**
     * Go: TestCustomContextPropagation: a child of a custom context whose Done channel is not its
     * cancelCtx's is cancelled (by the watcher goroutine) when that channel closes, with the
     * cause of the cancelCtx underneath.
     */
    @Test
    void testCustomContextPropagation() {
        GoError cause = GoError.of("TestCustomContextPropagation");
        Chan<Void> donec = Chan.make();
        CancelCauseFunc cancel1 = Context.withCancelCause(Context.background());
        Context ctx2 = new CustomDoneContext(cancel1.context(), donec);
        CancelFunc cancel3 = Context.withCancel(ctx2);
        Context ctx3 = cancel3.context();

        cancel1.cancel(cause);
        donec.close();

        awaitDone(ctx3, "ctx3");
        assertSame(Context.CANCELED, ctx3.err(), "child not canceled");
        assertSame(cause, Context.cause(ctx3), "child has wrong cause");
        cancel3.cancel(); // Go: defer cancel3()
    }

    /** Go's test type {@code customCauseContext}: a custom Context used to test {@code Cause}. */
    static final class CustomCauseContext implements Context {
        // Guarded by this object's monitor (Go: ccc.mu).
        private final Chan<Void> done = Chan.make();
        private GoError err;
        private CancelFunc cancelChild;

        @Override
        public long deadline() {
            return NO_DEADLINE;
        }

        @Override
        public synchronized Chan<Void> done() {
            return done;
        }

        @Override
        public synchronized GoError err() {
            return err;
        }

        @Override
        public Object value(Object key) {
            return null;
        }

        /** Go: {@code ccc.cancel()}: cancels with Canceled, then cancels the registered child outside the lock. */
        void cancel() {
            CancelFunc child;
            synchronized (this) {
                err = Context.CANCELED;
                done.close();
                child = cancelChild;
            }
            if (child != null) {
                child.cancel();
            }
        }

        /** Go: {@code ccc.setCancelChild(cancelChild)}. */
        void setCancelChild(CancelFunc cancelChild) {
            this.cancelChild = cancelChild;
        }
    }

    /** Go (1.22): TestCustomContextCause. */
    @Test
    void testCustomContextCause() {
        // Test if we cancel a custom context, Err and Cause return Canceled.
        CustomCauseContext ccc = new CustomCauseContext();
        ccc.cancel();
        assertSame(Context.CANCELED, ccc.err(), "ccc.Err()");
        assertSame(Context.CANCELED, Context.cause(ccc), "Cause(ccc)");

        // Test that if we pass a custom context to WithCancelCause,
        // and then cancel that child context with a cause,
        // that the cause of the child canceled context is correct
        // but that the parent custom context is not canceled.
        ccc = new CustomCauseContext();
        CancelCauseFunc causeFunc = Context.withCancelCause(ccc);
        Context ctx = causeFunc.context();
        GoError cause = GoError.of("TestCustomContextCause");
        causeFunc.cancel(cause);
        assertSame(Context.CANCELED, ctx.err(), "after CancelCauseFunc ctx.Err()");
        assertSame(cause, Context.cause(ctx), "after CancelCauseFunc Cause(ctx)");
        assertNull(ccc.err(), "after CancelCauseFunc ccc.Err()");
        assertNull(Context.cause(ccc), "after CancelCauseFunc Cause(ccc)");

        // Test that if we now cancel the parent custom context,
        // the cause of the child canceled context is still correct,
        // and the parent custom context is canceled without a cause.
        ccc.cancel();
        assertSame(Context.CANCELED, ctx.err(), "after ccc.cancel ctx.Err()");
        assertSame(cause, Context.cause(ctx), "after ccc.cancel Cause(ctx)");
        assertSame(Context.CANCELED, ccc.err(), "after ccc.cancel ccc.Err()");
        assertSame(Context.CANCELED, Context.cause(ccc), "after ccc.cancel Cause(ccc)");

        // Test that if we associate a custom context with a child,
        // then canceling the custom context cancels the child.
        ccc = new CustomCauseContext();
        CancelFunc cancelFunc = Context.withCancel(ccc);
        ctx = cancelFunc.context();
        ccc.setCancelChild(cancelFunc);
        ccc.cancel();
        assertSame(Context.CANCELED, ctx.err(), "after ccc.cancel ctx.Err()");
        assertSame(Context.CANCELED, Context.cause(ctx), "after ccc.cancel Cause(ctx)");
        assertSame(Context.CANCELED, ccc.err(), "after ccc.cancel ccc.Err()");
        assertSame(Context.CANCELED, Context.cause(ccc), "after ccc.cancel Cause(ccc)");
    }

    /**
     * Go: TestAfterFuncCalledAfterCancel. Model checks added: f ran in a goroutine of its own (a
     * virtual thread started by {@code Goroutines.go}, not the cancelling thread), and a second
     * cancel does not run it again (checked as Go checks "not called": a short wait).
     */
    @Test
    void testAfterFuncCalledAfterCancel() {
        CancelFunc cancel = Context.withCancel(Context.background());
        Context ctx = cancel.context();
        Chan<Boolean> donec = Chan.make(2); // each call of f sends whether it ran on a goroutine
        StopFunc stop = Context.afterFunc(ctx, () -> donec.send(Goroutines.onGoroutine()));
        if (Select.select(Case.recv(donec), Case.recv(Time.after(SHORT_DURATION))) == 0) {
            fail("AfterFunc called before context is done");
        }
        cancel.cancel();
        Case<Boolean> called = Case.recv(donec);
        if (Select.select(called, Case.recv(Time.after(QUIESCENT))) == 1) {
            fail("AfterFunc not called after context is canceled");
        }
        assertFalse(stop.stop(), "stop() = true, want false");

        assertTrue(called.value(), "AfterFunc ran on the cancelling thread, want a goroutine");
        cancel.cancel();
        if (Select.select(Case.recv(donec), Case.recv(Time.after(SHORT_DURATION))) == 0) {
            fail("AfterFunc called twice");
        }
    }

    /** Go: TestAfterFuncCalledAfterTimeout. */
    @Test
    void testAfterFuncCalledAfterTimeout() {
        CancelFunc cancel = Context.withTimeout(Context.background(), SHORT_DURATION);
        Chan<Void> donec = Chan.make();
        Context.afterFunc(cancel.context(), donec::close);
        await(donec, "AfterFunc not called after context is canceled:");
        cancel.cancel(); // Go: defer cancel()
    }

    /** Go: TestAfterFuncCalledImmediately. */
    @Test
    void testAfterFuncCalledImmediately() {
        CancelFunc cancel = Context.withCancel(Context.background());
        cancel.cancel();
        Chan<Void> donec = Chan.make();
        Context.afterFunc(cancel.context(), donec::close);
        await(donec, "AfterFunc not called for already-canceled context:");
    }

    /** Go: TestAfterFuncNotCalledAfterStop. */
    @Test
    void testAfterFuncNotCalledAfterStop() {
        CancelFunc cancel = Context.withCancel(Context.background());
        Chan<Void> donec = Chan.make();
        StopFunc stop = Context.afterFunc(cancel.context(), donec::close);
        assertTrue(stop.stop(), "stop() = false, want true");
        cancel.cancel();
        if (Select.select(Case.recv(donec), Case.recv(Time.after(SHORT_DURATION))) == 0) {
            fail("AfterFunc called for already-canceled context");
        }
        assertFalse(stop.stop(), "stop() = true, want false");
    }

    /** Go: TestAfterFuncCalledAsynchronously: canceling a context does not block waiting for AfterFuncs to finish. */
    @Test
    void testAfterFuncCalledAsynchronously() {
        CancelFunc cancel = Context.withCancel(Context.background());
        Chan<Void> donec = Chan.make();
        StopFunc stop = Context.afterFunc(cancel.context(), () -> {
            // The channel send blocks until donec is read from.
            donec.send(null);
        });
        cancel.cancel();
        // After cancel returns, read from donec and unblock the AfterFunc.
        await(donec, "AfterFunc not called after context is canceled:");
        stop.stop(); // Go: defer stop()
    }
}
