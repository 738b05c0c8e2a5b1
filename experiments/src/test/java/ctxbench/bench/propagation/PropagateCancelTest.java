package ctxbench.bench.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One op of {@code PropagateCancel.withCancel} per parent, outside JMH: each parent takes the propagateCancel path it is named for. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PropagateCancelTest {
    static final List<String> PARENTS = Parent.NAMES;

    @ParameterizedTest
    @FieldSource("PARENTS")
    void oneOpOfTheStateCancelsTheChildAndLeavesNoGoroutine(String name) {
        PropagateCancel.Parents state = new PropagateCancel.Parents();
        state.parent = name;
        state.setUp();
        CancelFunc cancel = PropagateCancel.cancelChild(state.built.context());
        assertSame(Context.CANCELED, cancel.context().err());
        state.settle();
        state.tearDown();
    }

    @Test
    void unknownParentIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Parent.create("nope"));
    }

    @Test
    void backgroundRegistersNothing() {
        Parent p = Parent.create("background");
        int watchers = Context.watcherGoroutines();
        CancelFunc child = Context.withCancel(p.context());
        assertNull(child.context().err());
        child.cancel();
        assertSame(Context.CANCELED, child.context().err());
        assertEquals(watchers, Context.watcherGoroutines());
    }

    @Test
    void cancelledParentCancelsTheChildInsideWithCancel() {
        Parent p = Parent.create("cancelled");
        int watchers = Context.watcherGoroutines();
        CancelFunc child = Context.withCancel(p.context());
        assertSame(Context.CANCELED, child.context().err(), "cancelled before cancel() was called");
        assertEquals(watchers, Context.watcherGoroutines());
        child.cancel();
    }

    /**
     * A child that joined its parent's children set is cancelled by the parent's cancel before that
     * returns; a watcher goroutine or an AfterFunc would do it later, on another thread.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cancelCtx", "timerCtx", "valueOverCancel"})
    void cancelCtxParentsTakeTheChildIntoTheirChildren(String name) {
        Parent p = Parent.create(name);
        int watchers = Context.watcherGoroutines();
        CancelFunc child = Context.withCancel(p.context());
        assertEquals(watchers, Context.watcherGoroutines(), "no watcher goroutine");
        assertNull(child.context().err());
        p.release().run();
        assertSame(Context.CANCELED, child.context().err(), "cancelled synchronously, as a member of the parent's children");
    }

    @Test
    void afterFuncerRegistersThroughAfterFuncAndStartsNoWatcher() {
        Parent p = Parent.create("afterFuncer");
        AfterFuncerContext parent = (AfterFuncerContext) p.context();
        int watchers = Context.watcherGoroutines();

        CancelFunc child = Context.withCancel(parent);
        assertEquals(1, parent.registered(), "the child registered one function");
        child.cancel();
        assertEquals(0, parent.registered(), "cancel() called the stop function");
        assertEquals(watchers, Context.watcherGoroutines(), "no watcher goroutine");

        CancelFunc second = Context.withCancel(parent);
        p.release().run();
        assertNull(second.context().done().recv(), "the registered function cancels the child");
        assertSame(Context.CANCELED, second.context().err());
        assertEquals(watchers, Context.watcherGoroutines());
    }

    @Test
    void afterFuncerStopReportsWhetherItUnregistered() {
        AfterFuncerContext parent = new AfterFuncerContext();
        var stop = parent.afterFunc(() -> {});
        assertTrue(stop.stop());
        assertEquals(false, stop.stop());
        parent.cancel(Context.CANCELED);
        parent.cancel(GoError.of("second"));
        assertSame(Context.CANCELED, parent.err(), "cancel is once");
    }

    /**
     * The op on a foreign parent starts exactly one watcher goroutine, which returns once cancel()
     * closes the child's channel. A goroutine is a thread only under vt (under go it runs on its
     * M's thread, which outlives it), so its return is seen in the goroutine count, as
     * {@link PropagateCancel.Parents#settle} sees it.
     */
    @Test
    void foreignParentStartsOneWatcherThatExits() throws InterruptedException {
        ThreadRecordingContext parent = new ThreadRecordingContext(new ForeignContext());
        int watchers = Context.watcherGoroutines();
        long running = Goroutines.running();

        CancelFunc child = PropagateCancel.cancelChild(parent);

        assertEquals(watchers + 1, Context.watcherGoroutines(), "exactly one watcher goroutine");
        assertSame(Context.CANCELED, child.context().err());
        assertTrue(parent.awaitOtherCaller(), "the watcher is a goroutine");
        GoroutineSettle.await(running, Duration.ofSeconds(5)); // throws unless the watcher returned
        assertEquals(1, parent.otherCallers(), "only the one watcher asked for the parent's channel");
    }

    @Test
    void foreignParentCancelReachesTheChildThroughTheWatcher() {
        ForeignContext parent = new ForeignContext();
        CancelFunc child = Context.withCancel(parent);
        parent.cancel(Context.CANCELED);
        assertNull(child.context().done().recv());
        assertSame(Context.CANCELED, child.context().err());
        child.cancel();
    }

    /** Many ops on the foreign parent leave nothing behind once the iteration teardown has settled. */
    @Test
    void foreignOpsDoNotAccumulateGoroutines() {
        PropagateCancel.Parents state = new PropagateCancel.Parents();
        state.parent = "foreign";
        state.setUp();
        int watchers = Context.watcherGoroutines();
        for (int i = 0; i < 1000; i++) {
            PropagateCancel.cancelChild(state.built.context());
        }
        assertEquals(watchers + 1000, Context.watcherGoroutines());
        state.settle(); // throws if the watchers have not all returned
        state.tearDown();
    }

    /**
     * Takes the foreign path like the context it wraps (it is neither a cancelCtx nor an
     * AfterFuncer) and records which threads ask for its done channel, and whether they ask from
     * a goroutine: the watcher does, once.
     */
    private static final class ThreadRecordingContext implements Context {
        private final Context inner;
        private final Thread owner = Thread.currentThread();
        private final List<Thread> others = new CopyOnWriteArrayList<>();
        private final List<Boolean> othersOnGoroutine = new CopyOnWriteArrayList<>();

        ThreadRecordingContext(Context inner) {
            this.inner = inner;
        }

        @Override
        public long deadline() {
            return inner.deadline();
        }

        @Override
        public Chan<Void> done() {
            if (Thread.currentThread() != owner) {
                othersOnGoroutine.add(Goroutines.onGoroutine());
                others.add(Thread.currentThread());
            }
            return inner.done();
        }

        @Override
        public GoError err() {
            return inner.err();
        }

        @Override
        public Object value(Object key) {
            return inner.value(key);
        }

        /** Waits for the first call from another thread; returns whether it came from a goroutine. */
        boolean awaitOtherCaller() throws InterruptedException {
            while (others.isEmpty()) {
                Thread.sleep(1);
            }
            assertNotSame(owner, others.get(0));
            return othersOnGoroutine.get(0);
        }

        int otherCallers() {
            return others.size();
        }
    }
}
