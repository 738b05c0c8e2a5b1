package ctxbench.context;

import static ctxbench.context.GoTestSupport.VERY_LONG_DURATION;
import static ctxbench.context.GoTestSupport.await;
import static ctxbench.context.GoTestSupport.awaitDone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Go 1.21's src/context/afterfunc_test.go, one method per Go test: children of a custom context
 * that implements {@code AfterFunc} ({@link AfterFuncer}) register through it instead of
 * starting a watcher goroutine, and unregister through it ({@code removeChild} calls the stop
 * function kept in {@code stopCtx}). {@link #testCustomContextAfterFuncGoroutines} adds the
 * watcher-goroutine count of this path, which Go's tests check only for the other paths.
 *
 * <p>Isolated because it reads the global watcher counter.
 */
@Isolated
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AfterFuncerTest {
    /**
     * Go's test type {@code afterFuncContext}: a Context that is not one of context.go's types and
     * supports registering AfterFuncs. Its {@code cancel} runs every registered function in its
     * own goroutine; like Go's, it never closes its Done channel.
     */
    static final class AfterFuncContext implements Context, AfterFuncer {
        // Guarded by this object's monitor (Go: c.mu).
        private Map<Object, Runnable> afterFuncs;
        private Chan<Void> done;
        private GoError err;

        @Override
        public long deadline() {
            return NO_DEADLINE;
        }

        @Override
        public synchronized Chan<Void> done() {
            if (done == null) {
                done = Chan.make();
            }
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

        @Override
        public synchronized StopFunc afterFunc(Runnable f) {
            Object k = new Object(); // Go: k := new(byte)
            if (afterFuncs == null) {
                afterFuncs = new HashMap<>();
            }
            afterFuncs.put(k, f);
            return () -> {
                synchronized (this) {
                    return afterFuncs != null && afterFuncs.remove(k) != null;
                }
            };
        }

        /** Go: {@code c.cancel(err)}: records err once and starts every registered function. */
        synchronized void cancel(GoError err) {
            if (this.err != null) {
                return;
            }
            this.err = err;
            if (afterFuncs != null) {
                afterFuncs.values().forEach(Goroutines::go);
            }
            afterFuncs = null;
        }

        /** Go: {@code len(ctx0.afterFuncs)}. */
        synchronized int afterFuncCount() {
            return afterFuncs == null ? 0 : afterFuncs.size();
        }
    }

    /** Go: TestCustomContextAfterFuncCancel. */
    @Test
    void testCustomContextAfterFuncCancel() {
        AfterFuncContext ctx0 = new AfterFuncContext();
        CancelFunc cancel = Context.withCancel(ctx0);
        ctx0.cancel(Context.CANCELED);
        awaitDone(cancel.context(), "ctx1");
        cancel.cancel(); // Go: defer cancel()
    }

    /** Go: TestCustomContextAfterFuncTimeout. */
    @Test
    void testCustomContextAfterFuncTimeout() {
        AfterFuncContext ctx0 = new AfterFuncContext();
        CancelFunc cancel = Context.withTimeout(ctx0, VERY_LONG_DURATION);
        ctx0.cancel(Context.CANCELED);
        awaitDone(cancel.context(), "ctx1");
        cancel.cancel(); // Go: defer cancel()
    }

    /** Go: TestCustomContextAfterFuncAfterFunc. */
    @Test
    void testCustomContextAfterFuncAfterFunc() {
        AfterFuncContext ctx0 = new AfterFuncContext();
        Chan<Void> donec = Chan.make();
        StopFunc stop = Context.afterFunc(ctx0, donec::close);
        ctx0.cancel(Context.CANCELED);
        await(donec, "AfterFunc");
        stop.stop(); // Go: defer stop()
    }

    /** Go: TestCustomContextAfterFuncUnregisterCancel. */
    @Test
    void testCustomContextAfterFuncUnregisterCancel() {
        AfterFuncContext ctx0 = new AfterFuncContext();
        CancelFunc cancel1 = Context.withCancel(ctx0);
        CancelFunc cancel2 = Context.withCancel(ctx0);
        assertEquals(2, ctx0.afterFuncCount(), "after WithCancel(ctx0): ctx0 afterFuncs");
        cancel1.cancel();
        cancel2.cancel();
        assertEquals(0, ctx0.afterFuncCount(), "after canceling WithCancel(ctx0): ctx0 afterFuncs");
    }

    /** Go: TestCustomContextAfterFuncUnregisterTimeout. */
    @Test
    void testCustomContextAfterFuncUnregisterTimeout() {
        AfterFuncContext ctx0 = new AfterFuncContext();
        CancelFunc cancel = Context.withTimeout(ctx0, VERY_LONG_DURATION);
        assertEquals(1, ctx0.afterFuncCount(), "after WithTimeout(ctx0, d): ctx0 afterFuncs");
        cancel.cancel();
        assertEquals(0, ctx0.afterFuncCount(), "after canceling WithTimeout(ctx0, d): ctx0 afterFuncs");
    }

    /** Go: TestCustomContextAfterFuncUnregisterAfterFunc. */
    @Test
    void testCustomContextAfterFuncUnregisterAfterFunc() {
        AfterFuncContext ctx0 = new AfterFuncContext();
        StopFunc stop = Context.afterFunc(ctx0, () -> {});
        assertEquals(1, ctx0.afterFuncCount(), "after AfterFunc(ctx0, f): ctx0 afterFuncs");
        stop.stop();
        assertEquals(0, ctx0.afterFuncCount(), "after stopping AfterFunc(ctx0, f): ctx0 afterFuncs");
    }

    /**
     * No Go test (extends TestCustomContextGoroutines to the afterFuncer path of
     * {@code propagateCancel}): children of an afterFuncer start no watcher goroutine, keep a
     * {@code stopCtx} as parent, and take the parent's {@code Err} (and, as {@code Cause}, the
     * same error) when it is cancelled.
     */
    @Test
    void testCustomContextAfterFuncGoroutines() {
        int g = Context.watcherGoroutines();
        AfterFuncContext ctx0 = new AfterFuncContext();
        CancelFunc cancel1 = Context.withCancel(ctx0);
        CancelFunc timeout = Context.withTimeout(ctx0, VERY_LONG_DURATION);
        CancelCauseFunc cancelCause = Context.withCancelCause(ctx0);
        StopFunc stop = Context.afterFunc(ctx0, () -> {});
        assertEquals(0, Context.watcherGoroutines() - g, "watcher goroutines created");
        assertEquals(4, ctx0.afterFuncCount(), "ctx0 afterFuncs");
        StopCtx parent = assertInstanceOf(StopCtx.class, ((CancelCtx) cancel1.context()).parent);
        assertSame(ctx0, parent.parent, "stopCtx.Context");

        GoError why = GoError.of("custom cancel");
        ctx0.cancel(why);
        for (Context c : new Context[] {cancel1.context(), timeout.context(), cancelCause.context()}) {
            awaitDone(c, c.toString());
            assertSame(why, c.err(), c + ".Err()");
            assertSame(why, Context.cause(c), "Cause(" + c + ")");
        }
        assertEquals(0, Context.watcherGoroutines() - g, "watcher goroutines created");
        stop.stop();
    }
}
