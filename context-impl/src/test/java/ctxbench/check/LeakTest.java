package ctxbench.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Goroutines;
import ctxbench.time.GoTimerHeap;
import ctxbench.time.JdkTimerQueue;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import ctxbench.time.TimerQueue;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nothing outlives its use: watcher goroutines exit once their context is cancelled, stopped
 * timers leave their queue, and a cancelled child is not kept reachable by its parent. Each
 * asynchronous effect is awaited with a bounded poll ({@link Poll}) that fails if it never happens.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LeakTest {
    private static final int MANY = 1_000;
    private static final Duration LONG = Duration.ofHours(1);
    /** Due within the test, long after the Stop that follows the timer's creation (whatever the load). */
    private static final Duration SOON = Duration.ofMillis(500);

    /** Go: TestCustomContextGoroutines: propagateCancel's watcher goroutines end with the cancel. */
    @Test
    void watcherGoroutinesExitOnceTheirContextsAreCancelled() {
        long before = Goroutines.running();
        int watchersBefore = Context.watcherGoroutines();
        CancelFunc parent = Context.withCancel(Context.background());
        Context unknownType = new OpaqueContext(parent.context());
        List<CancelFunc> children = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            children.add(Context.withCancel(unknownType));
        }
        assertEquals(watchersBefore + 100, Context.watcherGoroutines(), "one watcher per child of an unknown context");
        children.subList(0, 50).forEach(CancelFunc::cancel); // these watchers end through the child's Done
        parent.cancel(); // the others through the parent's
        Poll.until(() -> Goroutines.running() <= before,
                () -> (Goroutines.running() - before) + " watcher goroutines still running after every context was cancelled");
    }

    /** Go's heap keeps stopped timers until they surface or pass a quarter of it; then they go. */
    @Test
    void stoppedTimersLeaveTheGoHeap() {
        TimerQueueKinds.withQueue(new GoTimerHeap(), heap -> {
            List<Timer> timers = new ArrayList<>();
            for (int i = 0; i < MANY; i++) {
                timers.add(Time.newTimer(LONG));
            }
            timers.forEach(t -> assertTrue(t.stop(), "stop of a pending timer"));
            assertTrue(heap.size() <= MANY, "size " + heap.size());
            awaitEmptyAfterATimerFires(heap);
            return null;
        });
    }

    /** Cancelling a WithTimeout context stops its timer, which then leaves the heap like any stopped timer. */
    @Test
    void timersOfCancelledContextsLeaveTheGoHeap() {
        TimerQueueKinds.withQueue(new GoTimerHeap(), heap -> {
            List<CancelFunc> contexts = new ArrayList<>();
            for (int i = 0; i < MANY; i++) {
                contexts.add(Context.withTimeout(Context.background(), LONG));
            }
            assertEquals(MANY, heap.size(), "one timer per WithTimeout");
            contexts.forEach(CancelFunc::cancel);
            awaitEmptyAfterATimerFires(heap);
            return null;
        });
    }

    /** The JDK queue with removeOnCancel drops a stopped timer at once; with the default policy, once it is due. */
    @Test
    void stoppedTimersLeaveTheJdkQueue() {
        TimerQueueKinds.withQueue(new JdkTimerQueue(true), queue -> {
            for (int i = 0; i < MANY; i++) {
                assertTrue(Time.newTimer(LONG).stop());
            }
            Poll.until(() -> queue.size() == 0, () -> queue.size() + " cancelled tasks still queued with removeOnCancel");
            return null;
        });
        TimerQueueKinds.withQueue(new JdkTimerQueue(false), queue -> {
            // Due soon, so that the test waits for their due time; on a loaded machine a timer can
            // fire before its Stop (Stop then says false, and the task has left the queue by running),
            // so each Stop's answer is counted, not asserted: at least one task must have been
            // cancelled while queued, or the check below would not be about cancelled tasks.
            int cancelled = 0;
            for (int i = 0; i < MANY; i++) {
                if (Time.newTimer(SOON).stop()) {
                    cancelled++;
                }
            }
            assertTrue(cancelled > 0, "every timer fired before its Stop: no cancelled task to wait for");
            Poll.until(() -> queue.size() == 0, () -> queue.size() + " cancelled tasks still queued after their due time");
            return null;
        });
    }

    @Test
    void aCancelledChildIsNotReachableFromItsLiveParent() {
        CancelFunc parent = Context.withCancel(Context.background());
        assertCollectedAfterCancel("WithCancel", () -> Context.withCancel(parent.context()));
        assertCollectedAfterCancel("WithCancel of a WithValue",
                () -> Context.withCancel(Context.withValue(parent.context(), "k", "v")));
        assertCollectedAfterCancel("WithCancel of an unknown context (watcher goroutine)",
                () -> Context.withCancel(new OpaqueContext(parent.context())));
        TimerQueueKinds.withQueue(new GoTimerHeap(), heap -> {
            // The stopped timer's entry references the context until the heap drops it.
            assertCollectedAfterCancel("WithTimeout", () -> Context.withTimeout(parent.context(), LONG),
                    () -> awaitEmptyAfterATimerFires(heap));
            return null;
        });
        Reference.reachabilityFence(parent);
    }

    /** The control: a child not cancelled stays reachable from its parent's children set. */
    @Test
    void aLiveChildStaysReachableFromItsParent() {
        CancelFunc parent = Context.withCancel(Context.background());
        WeakReference<Context> child = new WeakReference<>(Context.withCancel(parent.context()).context());
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        assertNotNull(child.get(), "a live child was collected although its parent holds it");
        assertEquals(1, ContextInternals.childCount(parent.context()));
        Reference.reachabilityFence(parent);
    }

    /**
     * Makes a child, cancels it, drops it, and polls the collector until the child is gone
     * (while the parent, held by the caller, lives).
     */
    private static void assertCollectedAfterCancel(String what, Supplier<CancelFunc> make) {
        assertCollectedAfterCancel(what, make, () -> {});
    }

    /** As above, running {@code afterCancel} (housekeeping the child's collection waits for) before polling. */
    private static void assertCollectedAfterCancel(String what, Supplier<CancelFunc> make, Runnable afterCancel) {
        WeakReference<Context> ref = makeAndCancel(make);
        afterCancel.run();
        Poll.until(() -> ref.get() == null, System::gc, () -> what + ": the cancelled child is still reachable");
    }

    private static WeakReference<Context> makeAndCancel(Supplier<CancelFunc> make) {
        CancelFunc f = make.get();
        f.cancel();
        return new WeakReference<>(f.context());
    }

    /**
     * Adds a timer due now, waits until it fired, then polls until the queue is empty: the
     * firing runs the heap's housekeeping, which removes the stopped timers (Go: runtimer's
     * removal of deleted timers at the top, clearDeletedTimers past a quarter).
     */
    private static void awaitEmptyAfterATimerFires(TimerQueue queue) {
        Timer trigger = Time.newTimer(Duration.ZERO);
        Poll.until(() -> trigger.c.len() == 1, () -> "a timer due now did not fire");
        Poll.until(() -> queue.size() == 0, () -> queue.size() + " stopped timers still in the " + queue.name() + " queue");
    }
}
