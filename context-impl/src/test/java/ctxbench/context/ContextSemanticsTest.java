package ctxbench.context;

import static ctxbench.context.GoTestSupport.SHORT_DURATION;
import static ctxbench.context.GoTestSupport.VERY_LONG_DURATION;
import static ctxbench.context.GoTestSupport.assertDone;
import static ctxbench.context.GoTestSupport.assertNotDone;
import static ctxbench.context.GoTestSupport.awaitDone;
import static ctxbench.context.GoTestSupport.recoveredValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.errors.GoError;
import ctxbench.errors.TimeoutError;
import ctxbench.runtime.Chan;
import ctxbench.time.Time;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Behaviours of Go's context.go that Go's own tests exercise only in passing, checked directly
 * because the experiments depend on them: the error values, the internal panic of
 * {@code cancel}, which {@code WithDeadline} calls queue a timer (the shortcut for a parent with
 * an earlier deadline, the deadline already passed, the stop on cancel), the cause carried by a
 * deadline timer, a parent cancelled in the middle of {@code propagateCancel}, and
 * {@code WithoutCancel}'s detachment of children.
 *
 * <p>Isolated because it replaces the global timer queue with a counting one and reads the
 * global watcher counter.
 */
@Isolated
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContextSemanticsTest {
    /** Go: {@code Canceled} and {@code DeadlineExceeded}: their texts, and only the latter is a timeout. */
    @Test
    void testErrorValues() {
        assertEquals("context canceled", Context.CANCELED.error(), "Canceled.Error()");
        assertEquals("context deadline exceeded", Context.DEADLINE_EXCEEDED.error(), "DeadlineExceeded.Error()");
        assertTrue(((TimeoutError) Context.DEADLINE_EXCEEDED).timeout(), "DeadlineExceeded.Timeout()");
        assertFalse(Context.CANCELED instanceof TimeoutError, "Canceled has Timeout()");
    }

    /** Go: {@code cancelCtx.cancel} with a nil err panics before touching the context. */
    @Test
    void testCancelWithoutErrorPanics() {
        CancelCtx c = CancelCtx.withCancel(Context.background());
        assertEquals("context: internal error: missing cancel error", recoveredValue(() -> c.cancel(true, null, null)));
        assertNotDone(c, "c");
        assertNull(c.err(), "c.Err()");
    }

    /**
     * Go: {@code WithDeadline}'s "the current deadline is already sooner" branch: a later deadline
     * under a parent with an earlier one is a plain WithCancel child — no timerCtx and no timer
     * queued — that still has the parent's deadline and is cancelled with it.
     */
    @Test
    void testEarlierParentDeadlineQueuesNoTimer() {
        try (CountingTimerQueue timers = CountingTimerQueue.install()) {
            CancelFunc parent = Context.withTimeout(Context.background(), Duration.ofHours(1));
            assertEquals(1, timers.adds(), "timers queued by WithTimeout(Background(), 1h)");

            CancelFunc child = Context.withTimeout(parent.context(), Duration.ofHours(2));
            assertEquals(1, timers.adds(), "timers queued in all after WithTimeout(parent, 2h)");
            assertFalse(child.context() instanceof TimerCtx, "child is a timerCtx");
            assertInstanceOf(CancelCtx.class, child.context());
            assertEquals(parent.context().deadline(), child.context().deadline(), "child.Deadline()");
            assertEquals(1, ((CancelCtx) parent.context()).childCount(), "parent's children");

            parent.cancel();
            assertDone(child.context(), "child", Context.CANCELED);
        }
    }

    /**
     * Go: {@code WithDeadline}'s "deadline has already passed" branch: the context is cancelled
     * before the call returns, with DeadlineExceeded, without a timer, and leaves no child behind
     * in its parent; its cancel function then changes nothing.
     */
    @Test
    void testDeadlinePassedCancelsAtOnce() {
        try (CountingTimerQueue timers = CountingTimerQueue.install()) {
            CancelFunc parent = Context.withCancel(Context.background());
            CancelFunc cancel = Context.withDeadline(parent.context(), Time.nanotime() - SHORT_DURATION.toNanos());
            Context c = cancel.context();
            assertDone(c, "c", Context.DEADLINE_EXCEEDED);
            assertTrue(((TimeoutError) c.err()).timeout(), "c.Err().Timeout()");
            assertEquals(0, timers.adds(), "timers queued");
            assertEquals(0, ((CancelCtx) parent.context()).childCount(), "parent's children");
            assertNull(parent.context().err(), "parent.Err()");

            cancel.cancel();
            assertSame(Context.DEADLINE_EXCEEDED, c.err(), "c.Err() after cancel");
            parent.cancel();
        }
    }

    /** Go: {@code timerCtx.cancel} stops the timer, so a cancelled WithTimeout leaves no timer to fire. */
    @Test
    void testCancelStopsTimer() {
        try (CountingTimerQueue timers = CountingTimerQueue.install()) {
            CancelFunc cancel = Context.withTimeout(Context.background(), VERY_LONG_DURATION);
            assertEquals(1, timers.adds(), "timers queued");
            cancel.cancel();
            assertEquals(1, timers.deletes(), "timers stopped while waiting");
            cancel.cancel();
            assertEquals(1, timers.deletes(), "timers stopped after a second cancel");
        }
    }

    /**
     * Go 1.21: {@code WithDeadlineCause}/{@code WithTimeoutCause}: when the timer fires, Err is
     * DeadlineExceeded and Cause the given cause (Go's TestCause covers only the passed-deadline
     * branch).
     */
    @Test
    void testTimeoutCauseWhenTimerFires() {
        GoError tooSlow = GoError.of("tooSlow");
        Context c = Context.withTimeoutCause(Context.background(), SHORT_DURATION, tooSlow).context();
        awaitDone(c, "WithTimeoutCause");
        assertSame(Context.DEADLINE_EXCEEDED, c.err(), "c.Err()");
        assertSame(tooSlow, Context.cause(c), "Cause(c)");

        c = Context.withDeadlineCause(Context.background(), Time.deadlineAfter(SHORT_DURATION), tooSlow).context();
        awaitDone(c, "WithDeadlineCause");
        assertSame(Context.DEADLINE_EXCEEDED, c.err(), "c.Err()");
        assertSame(tooSlow, Context.cause(c), "Cause(c)");
    }

    /**
     * A wrapper that keeps its cancelCtx's Done channel (so {@code parentCancelCtx} finds that
     * cancelCtx) and cancels it, with a cause, during the second {@code Done} call: the one
     * {@code propagateCancel} makes in {@code parentCancelCtx}, after it saw the channel open.
     */
    static final class CanceledOnSecondDone implements Context {
        private final CancelCauseFunc cancel;
        private final GoError cause;
        private int doneCalls;

        CanceledOnSecondDone(CancelCauseFunc cancel, GoError cause) {
            this.cancel = cancel;
            this.cause = cause;
        }

        @Override
        public long deadline() {
            return cancel.context().deadline();
        }

        @Override
        public Chan<Void> done() {
            Chan<Void> d = cancel.context().done();
            if (++doneCalls == 2) {
                cancel.cancel(cause);
            }
            return d;
        }

        @Override
        public GoError err() {
            return cancel.context().err();
        }

        @Override
        public Object value(Object key) {
            return cancel.context().value(key);
        }
    }

    /**
     * Go 1.21: {@code propagateCancel}'s check of {@code p.err} under the parent's lock: a parent
     * cancelled after its Done channel was seen open, but before the child joined it, cancels the
     * child at once with the parent's err and cause. This is the window Go's
     * TestWithCancelSimultaneouslyCanceledParent hits by chance; here it is hit every time.
     */
    @Test
    void testParentCanceledWhilePropagating() {
        GoError cause = GoError.of("Because!");
        CancelCauseFunc pcancel = Context.withCancelCause(Context.background());
        int g = Context.watcherGoroutines();
        Context c = Context.withCancel(new CanceledOnSecondDone(pcancel, cause)).context();
        assertDone(c, "c", Context.CANCELED);
        assertSame(cause, Context.cause(c), "Cause(c)");
        assertEquals(0, Context.watcherGoroutines() - g, "watcher goroutines created");
        assertEquals(0, ((CancelCtx) pcancel.context()).childCount(), "parent's children");
    }

    /**
     * Go 1.21: {@code WithoutCancel}: children of it keep the parent's values but are not
     * cancelled with the parent (its Done is nil, so they need no watcher goroutine), and
     * {@code Cause} of it is nil.
     */
    @Test
    void testWithoutCancelDetachesChildren() {
        CancelCauseFunc parent = Context.withCancelCause(Context.background());
        Context detached = Context.withoutCancel(Context.withValue(parent.context(), "key", "value"));
        int g = Context.watcherGoroutines();
        CancelFunc child = Context.withCancel(detached);
        CancelFunc timerChild = Context.withTimeout(detached, VERY_LONG_DURATION);
        assertEquals(0, Context.watcherGoroutines() - g, "watcher goroutines created");

        parent.cancel(GoError.of("parent gone"));
        assertNotDone(child.context(), "child");
        assertNotDone(timerChild.context(), "timerChild");
        assertNull(child.context().err(), "child.Err()");
        assertNull(Context.cause(detached), "Cause(WithoutCancel(parent))");
        assertEquals("value", child.context().value("key"), "child.Value(\"key\")");
        assertEquals(Context.NO_DEADLINE, child.context().deadline(), "child.Deadline()");

        child.cancel();
        timerChild.cancel();
        assertDone(child.context(), "child", Context.CANCELED);
        assertDone(timerChild.context(), "timerChild", Context.CANCELED);
    }
}
