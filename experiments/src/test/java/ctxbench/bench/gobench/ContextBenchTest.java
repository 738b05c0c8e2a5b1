package ctxbench.bench.gobench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import ctxbench.time.TimerQueues;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One op of every {@code ContextBench} benchmark outside JMH, checked against what Go's benchmark does. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ContextBenchTest {

    @Test
    void commonParentCancelMakesAndCancelsAChildOfTheSharedParent() {
        ContextBench.CommonParent s = new ContextBench.CommonParent();
        s.setUp();
        ContextBench.Spinner t = new ContextBench.Spinner();
        CancelFunc child = ContextBench.commonParentCancel(s.shared.context(), s.key, s.expected, t);
        assertSame(Context.CANCELED, child.context().err());
        assertEquals("value", child.context().value("key"), "the child sees the root's value");
        assertNull(s.shared.context().err(), "the shared parent stays open");
        assertEquals(0, t.x, "x /= x + 1 keeps x at 0, as in Go");
        s.tearDown();
        assertSame(Context.CANCELED, s.shared.context().err(), "sharedcancel()");
    }

    /** The JMH method: one run of parallel goroutines of either runtime, each making and cancelling children of the shared parent. */
    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void commonParentCancelRunsInParallelGoroutines(String sched) {
        ContextBench.CommonParent s = new ContextBench.CommonParent();
        s.setUp();
        GoroutineRuntime rt = GoroutineRuntime.of(sched);
        try {
            assertEquals(0, new ContextBench().CommonParentCancel(s, rt), "x stays 0 in every goroutine");
            assertNull(s.shared.context().err(), "the shared parent stays open");
        } finally {
            rt.restore();
            s.tearDown();
        }
    }

    @Test
    void commonParentCancelFailsWhenTheValueIsWrong() {
        ContextBench.CommonParent s = new ContextBench.CommonParent();
        s.setUp();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ContextBench.commonParentCancel(s.shared.context(), s.key, "other", new ContextBench.Spinner()));
        assertEquals("should not be reached", e.getMessage());
        s.tearDown();
    }

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void withTimeoutKeepsTheConcurrentContextsOpenAndCancelsItsTen(String sched) throws InterruptedException {
        GoroutineRuntime rt = GoroutineRuntime.of(sched);
        ContextBench.Timeouts s = new ContextBench.Timeouts();
        s.concurrency = 40;
        s.setUp(rt);
        try {
            int procs = rt.procs();
            assertEquals(procs, s.ccf.length, "one batch per P");
            for (CancelFunc[] cf : s.ccf) {
                assertEquals(40 / procs, cf.length);
                for (CancelFunc f : cf) {
                    assertNull(f.context().err());
                    assertTrue(f.context().deadline() != Context.NO_DEADLINE);
                }
            }
            assertTrue(TimerQueues.current().size() >= 40, "their timers are in the runtime's queue");

            CancelFunc[] wcf = new CancelFunc[10];
            ContextBench.withTimeoutBatch(Context.background(), ContextBench.HOUR, wcf);
            for (CancelFunc f : wcf) {
                assertSame(Context.CANCELED, f.context().err(), "cancelled, not timed out");
                assertTrue(f.context().deadline() != Context.NO_DEADLINE, "a WithTimeout context");
            }
            assertNotSame(wcf[0].context(), wcf[1].context());

            assertEquals(1, new ContextBench().WithTimeout(s, rt), "the JMH method: one run in parallel goroutines");
        } finally {
            s.tearDown();
            rt.restore();
        }
        for (CancelFunc[] cf : s.ccf) {
            for (CancelFunc f : cf) {
                assertSame(Context.CANCELED, f.context().err());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ContextTreeRoot.class)
    void cancelTreeBuildsTheChainBelowItsRoot(ContextTreeRoot root) {
        for (int depth : new int[] {1, 10, 1000}) {
            ContextBench.Tree s = new ContextBench.Tree();
            s.depth = depth;
            s.Root = root;
            Context leaf = s.Root.build(s.depth);
            GoError expected = root == ContextTreeRoot.Background ? null : Context.CANCELED;
            assertSame(expected, leaf.err(), root + " depth " + depth);
            assertNotSame(Context.background(), leaf);
        }
    }

    @Test
    void buildContextTreeMakesDepthWithCancels() {
        CancelFunc root = Context.withCancel(Context.background());
        Context leaf = ContextTreeRoot.buildContextTree(root.context(), 3);
        Context same = ContextTreeRoot.buildContextTree(root.context(), 0);
        assertSame(root.context(), same, "depth 0 is the root itself");
        assertNull(leaf.err());
        root.cancel();
        assertSame(Context.CANCELED, leaf.err(), "the leaf descends from the root");
    }

    @Test
    void checkCanceledSeesTheCancelledContext() {
        ContextBench.Canceled s = new ContextBench.Canceled();
        s.setUp();
        assertSame(Context.CANCELED, s.ctx.err(), "CheckCanceled_Err's op");
        assertTrue(s.ctx.done().tryRecvDiscard(), "CheckCanceled_Done's op takes the case");
    }

    @Test
    void contextCancelDoneTakesTheDefaultCaseWhileOpen() {
        ContextBench.Open s = new ContextBench.Open();
        s.setUp();
        assertFalse(s.cancel.context().done().tryRecvDiscard(), "open: the default case");
        s.tearDown();
        assertTrue(s.cancel.context().done().tryRecvDiscard(), "after the deferred cancel: the done case");
    }

    @Test
    void deepValueSameGoRoutineWalksToTheRootAndFindsNothing() {
        ContextBench.DeepValue s = new ContextBench.DeepValue();
        s.depth = 10;
        s.setUp();
        assertNull(s.ctx.value(s.missing));
        assertEquals(0, s.ctx.value(0), "the chain holds i -> i, 0 at the root end");
        assertEquals(9, s.ctx.value(9));
    }

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void deepValueNewGoRoutineLooksUpOnAnotherGoroutine(String sched) {
        ContextBench.DeepValue s = new ContextBench.DeepValue();
        s.depth = 100;
        s.setUp();
        ThreadRecordingContext ctx = new ThreadRecordingContext(s.ctx);
        Object[] found = new Object[2];
        Goroutines.run(sched, () -> {
            found[0] = ContextBench.valueInNewGoroutine(sched, ctx, s.missing);
            found[1] = ContextBench.valueInNewGoroutine(sched, ctx, 42);
        });
        assertNull(found[0]);
        assertEquals(42, found[1], "the goroutine's result is handed back");
        assertEquals(2, ctx.callers.size());
        for (Thread caller : ctx.callers) {
            assertNotSame(Thread.currentThread(), caller);
        }
        assertEquals(List.of(true, true), ctx.onGoroutine, "looked up on a goroutine");
        if (sched.equals("vt")) {
            assertNotSame(ctx.callers.get(0), ctx.callers.get(1), "a new goroutine per op");
        }

        GoroutineRuntime rt = GoroutineRuntime.of(sched);
        try {
            assertNull(new ContextBench().DeepValueNewGoRoutine(s, rt), "the JMH method: the key is missing");
        } finally {
            rt.restore();
        }
    }

    /** Delegates to a context and records the thread of every {@code value} call, and whether it ran on a goroutine. */
    private static final class ThreadRecordingContext implements Context {
        private final Context inner;
        final List<Thread> callers = new CopyOnWriteArrayList<>();
        final List<Boolean> onGoroutine = new CopyOnWriteArrayList<>();

        ThreadRecordingContext(Context inner) {
            this.inner = inner;
        }

        @Override
        public long deadline() {
            return inner.deadline();
        }

        @Override
        public Chan<Void> done() {
            return inner.done();
        }

        @Override
        public GoError err() {
            return inner.err();
        }

        @Override
        public Object value(Object key) {
            callers.add(Thread.currentThread());
            onGoroutine.add(Goroutines.onGoroutine());
            return inner.value(key);
        }
    }
}
