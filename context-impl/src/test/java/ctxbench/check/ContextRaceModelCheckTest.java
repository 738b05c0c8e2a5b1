package ctxbench.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.CancelCauseFunc;
import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Model checking of context cancellation racing child creation and other cancellations (Go:
 * {@code propagateCancel}, {@code cancelCtx.cancel}, {@code removeChild} in context/context.go):
 * in every interleaving Lincheck explores, every descendant of a cancelled context ends
 * cancelled, with its parent's error and cause unless it was cancelled on its own first, and
 * every children set ends empty (no cancelled child stays registered, which would also keep it
 * reachable).
 *
 * <p>Only contexts whose parents are cancelCtxs: another parent makes {@code propagateCancel}
 * start a watcher goroutine, a virtual thread, which Lincheck cannot run (see
 * {@link ChanModelCheckTest}); {@link CancellationStormTest} covers that path. No timers either:
 * the timer queue's thread lives outside the checked code.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContextRaceModelCheckTest {
    private static final GoError CAUSE = GoError.of("parent's cause");

    /** WithCancel of a parent, and of that child, while the parent is cancelled. */
    @Test
    void childCreatedWhileItsParentIsCancelled() {
        Lincheck.runConcurrentTest(Budget.invocations(), () -> {
            CancelCauseFunc parent = Context.withCancelCause(Context.background());
            AtomicReference<Context> child = new AtomicReference<>();
            AtomicReference<Context> grandchild = new AtomicReference<>();
            runConcurrently(
                    () -> {
                        child.set(Context.withCancel(parent.context()).context());
                        grandchild.set(Context.withCancel(child.get()).context());
                    },
                    () -> parent.cancel(CAUSE));
            assertCancelled(child.get(), Context.CANCELED, CAUSE);
            assertCancelled(grandchild.get(), Context.CANCELED, CAUSE);
            assertNoChildren(parent.context(), child.get(), grandchild.get());
        });
    }

    /** A child and its parent cancelled at once; the grandchild follows whichever won. */
    @Test
    void childAndParentCancelledConcurrently() {
        Lincheck.runConcurrentTest(Budget.invocations(), () -> {
            CancelCauseFunc parent = Context.withCancelCause(Context.background());
            CancelFunc child = Context.withCancel(parent.context());
            Context grandchild = Context.withCancel(child.context()).context();
            runConcurrently(child::cancel, () -> parent.cancel(CAUSE));
            GoError childCause = Context.cause(child.context());
            assertTrue(childCause == Context.CANCELED || childCause == CAUSE, "child's cause " + childCause);
            assertCancelled(child.context(), Context.CANCELED, childCause);
            assertCancelled(grandchild, Context.CANCELED, childCause);
            assertNoChildren(parent.context(), child.context(), grandchild);
        });
    }

    /**
     * Three at once: one child created and cancelled, another created, and the parent
     * cancelled; and a child whose deadline has already passed (cancelled at creation with
     * DeadlineExceeded unless the parent was first).
     */
    @Test
    void creationsAndCancellationsInterleave() {
        Lincheck.runConcurrentTest(Budget.invocations(), () -> {
            CancelCauseFunc parent = Context.withCancelCause(Context.background());
            AtomicReference<Context> cancelled = new AtomicReference<>();
            AtomicReference<Context> created = new AtomicReference<>();
            AtomicReference<Context> expired = new AtomicReference<>();
            runConcurrently(
                    () -> {
                        CancelFunc c = Context.withCancel(parent.context());
                        cancelled.set(c.context());
                        c.cancel();
                    },
                    () -> {
                        created.set(Context.withCancel(parent.context()).context());
                        expired.set(Context.withDeadline(parent.context(), Time.nanotime() - 1).context());
                    },
                    () -> parent.cancel(CAUSE));
            GoError ownCause = Context.cause(cancelled.get());
            assertTrue(ownCause == Context.CANCELED || ownCause == CAUSE, "cause " + ownCause);
            assertCancelled(cancelled.get(), Context.CANCELED, ownCause);
            assertCancelled(created.get(), Context.CANCELED, CAUSE);
            GoError err = expired.get().err();
            assertCancelled(expired.get(), err, err == Context.CANCELED ? CAUSE : Context.DEADLINE_EXCEEDED);
            assertTrue(err == Context.CANCELED || err == Context.DEADLINE_EXCEEDED, "err " + err);
            assertNoChildren(parent.context(), cancelled.get(), created.get(), expired.get());
        });
    }

    /**
     * Starts one platform thread per body and waits for all of them. Plain loops: Lincheck sees a
     * thread start or join only in code it instruments, not inside {@code java.util} (a start
     * through {@code forEach} left it joining a thread it did not know: an internal
     * NullPointerException).
     */
    static void runConcurrently(Runnable... bodies) {
        List<Thread> threads = new ArrayList<>();
        for (Runnable body : bodies) {
            Thread t = new Thread(body);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Go's rule for a cancelled context: Done is closed, Err and Cause are as given. */
    static void assertCancelled(Context ctx, GoError err, GoError cause) {
        assertTrue(ctx.done().tryRecvDiscard(), ctx + ": Done() not closed");
        assertEquals(err, ctx.err(), ctx + ": Err()");
        assertEquals(cause, Context.cause(ctx), ctx + ": Cause()");
    }

    /** Every given context's children set is empty. */
    static void assertNoChildren(Context... contexts) {
        for (Context c : contexts) {
            assertEquals(0, ContextInternals.childCount(c), c + ": children left");
        }
    }
}
