package ctxbench.context;

import static ctxbench.context.GoTestSupport.QUIESCENT;
import static ctxbench.context.GoTestSupport.SHORT_DURATION;
import static ctxbench.context.GoTestSupport.VERY_LONG_DURATION;
import static ctxbench.context.GoTestSupport.assertDone;
import static ctxbench.context.GoTestSupport.assertNotDone;
import static ctxbench.context.GoTestSupport.awaitDone;
import static ctxbench.context.GoTestSupport.ready;
import static ctxbench.context.GoTestSupport.recoveredValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ctxbench.errors.GoError;
import ctxbench.errors.TimeoutError;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Go 1.19's context tests (src/context/context_test.go run through x_test.go, and net_test.go),
 * ported to the model one method per Go test: {@code testWithCancel} is Go's
 * {@code TestWithCancel}. Where Go 1.21 extended a test for the API the model also has
 * ({@code AfterFunc}, {@code WithCancelCause}), the Go 1.21 version is ported and says so.
 *
 * <p>Not ported: {@code TestAllocs}, which bounds Go's heap allocations per call
 * ({@code testing.AllocsPerRun}); the JVM has no per-call allocation counter the test could use
 * deterministically (escape analysis and TLAB refills vary by run), and the model's allocations
 * are measured by the JMH suites instead.
 *
 * <p>Isolated because {@link #testCustomContextGoroutines} reads the global watcher counter,
 * which a concurrently running test would move.
 */
@Isolated
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContextTest {
    /** Go: {@code type key1 int}. */
    record Key1(int v) {}

    /** Go: {@code type key2 int}. */
    record Key2(int v) {}

    private static final Key1 K1 = new Key1(1);
    private static final Key2 K2 = new Key2(1); // same int as k1, different type
    private static final Key2 K3 = new Key2(3); // same type as k2, different int

    /** The seeds {@link #testLayers} runs with (Go seeds from the clock; fixed here so a failure replays). */
    private static final long[] LAYER_SEEDS = {1, 2, 3, 4, 5};

    /** Go: TestBackground. */
    @Test
    void testBackground() {
        Context c = Context.background();
        assertNotNull(c, "Background returned nil");
        assertNotDone(c, "c");
        assertEquals("context.Background", c.toString(), "Background().String()");
        // Model check (emptyCtx's methods, which Go's test leaves implicit): a nil Done, no deadline.
        assertNull(c.done(), "Background().Done()");
        assertEquals(Context.NO_DEADLINE, c.deadline(), "Background().Deadline()");
        assertNull(c.err(), "Background().Err()");
        assertNull(c.value(K1), "Background().Value(k1)");
    }

    /** Go: TestTODO. */
    @Test
    void testTODO() {
        Context c = Context.todo();
        assertNotNull(c, "TODO returned nil");
        assertNotDone(c, "c");
        assertEquals("context.TODO", c.toString(), "TODO().String()");
        // Model check, as in testBackground.
        assertNull(c.done(), "TODO().Done()");
        assertEquals(Context.NO_DEADLINE, c.deadline(), "TODO().Deadline()");
        assertNull(c.err(), "TODO().Err()");
    }

    /** Go: TestWithCancel. */
    @Test
    void testWithCancel() {
        CancelFunc cancel = Context.withCancel(Context.background());
        Context c1 = cancel.context();
        assertEquals("context.Background.WithCancel", c1.toString(), "c1.String()");

        Context o = new OtherContext(c1);
        Context c2 = Context.withCancel(o).context();
        List<Context> contexts = List.of(c1, o, c2);

        for (int i = 0; i < contexts.size(); i++) {
            Context c = contexts.get(i);
            assertNotNull(c.done(), "c[" + i + "].Done()");
            assertNull(c.err(), "c[" + i + "].Err()");
            assertNotDone(c, "c[" + i + "]");
        }

        cancel.cancel(); // Should propagate synchronously.
        for (int i = 0; i < contexts.size(); i++) {
            assertDone(contexts.get(i), "c[" + i + "]", Context.CANCELED);
        }
    }

    /** Go: TestParentFinishesChild (Go 1.21 version, which adds an AfterFunc child). */
    @Test
    void testParentFinishesChild() {
        // Context tree:
        // parent -> cancelChild
        // parent -> valueChild -> timerChild
        // parent -> afterChild
        CancelFunc cancel = Context.withCancel(Context.background());
        Context parent = cancel.context();
        CancelFunc stopCancelChild = Context.withCancel(parent);
        Context cancelChild = stopCancelChild.context();
        Context valueChild = Context.withValue(parent, "key", "value");
        CancelFunc stopTimerChild = Context.withTimeout(valueChild, VERY_LONG_DURATION);
        Context timerChild = stopTimerChild.context();
        StopFunc afterStop = Context.afterFunc(parent, () -> {});

        assertNotDone(parent, "parent");
        assertNotDone(cancelChild, "cancelChild");
        assertNotDone(timerChild, "timerChild");
        assertNotDone(valueChild, "valueChild");

        // The parent's children should contain the three cancelable children.
        CancelCtx pc = (CancelCtx) parent;
        CancelCtx cc = (CancelCtx) cancelChild;
        TimerCtx tc = assertInstanceOf(TimerCtx.class, timerChild);
        AfterFuncCtx ac = null;
        synchronized (pc) {
            for (Canceler c : pc.children) {
                if (c instanceof AfterFuncCtx a) {
                    ac = a;
                    break;
                }
            }
            if (pc.children.size() != 3 || !pc.children.contains(cc) || !pc.children.contains(tc) || ac == null) {
                fail("bad linkage: pc.children = " + pc.children + ", want " + cc + ", " + tc + ", and an afterFunc");
            }
        }

        assertSame(pc, CancelCtx.parentCancelCtx(cc.parent), "bad linkage: parentCancelCtx(cancelChild.Context)");
        assertSame(pc, CancelCtx.parentCancelCtx(tc.parent), "bad linkage: parentCancelCtx(timerChild.Context)");
        assertSame(pc, CancelCtx.parentCancelCtx(ac.parent), "bad linkage: parentCancelCtx(afterChild.Context)");

        cancel.cancel();

        assertEquals(0, pc.childCount(), "pc.cancel didn't clear pc.children");

        // parent and children should all be finished.
        assertDone(parent, "parent", Context.CANCELED);
        assertDone(cancelChild, "cancelChild", Context.CANCELED);
        assertDone(valueChild, "valueChild", Context.CANCELED);
        assertDone(timerChild, "timerChild", Context.CANCELED);

        // WithCancel should return a canceled context on a canceled parent.
        Context precanceledChild = Context.withValue(parent, "key", "value");
        assertDone(precanceledChild, "precanceledChild", Context.CANCELED);

        // Go's deferred calls.
        afterStop.stop();
        stopTimerChild.cancel();
        stopCancelChild.cancel();
    }

    /** Go: TestChildFinishesFirst. */
    @Test
    void testChildFinishesFirst() {
        CancelFunc stop = Context.withCancel(Context.background());
        Context cancelable = stop.context();
        for (Context parent : List.of(Context.background(), cancelable)) {
            CancelFunc cancel = Context.withCancel(parent);
            Context child = cancel.context();

            assertNotDone(parent, "parent");
            assertNotDone(child, "child");

            CancelCtx cc = (CancelCtx) child;
            CancelCtx pc = parent instanceof CancelCtx p ? p : null; // null when parent == Background()
            assertSame(pc, CancelCtx.parentCancelCtx(cc.parent), "bad linkage: parentCancelCtx(cc.Context)");

            if (pc != null) {
                synchronized (pc) {
                    if (pc.children.size() != 1 || !pc.children.contains(cc)) {
                        fail("bad linkage: pc.children = " + pc.children + ", cc = " + cc);
                    }
                }
            }

            cancel.cancel();

            if (pc != null) {
                assertEquals(0, pc.childCount(), "child's cancel didn't remove self from pc.children");
            }

            // child should be finished.
            assertDone(child, "child", Context.CANCELED);

            // parent should not be finished.
            assertNotDone(parent, "parent");
            assertNull(parent.err(), "parent.Err()");
        }
        stop.cancel(); // Go: defer stop()
    }

    /** Go: TestDeadline. */
    @Test
    void testDeadline() {
        Context c = Context.withDeadline(Context.background(), Time.deadlineAfter(SHORT_DURATION)).context();
        assertTrue(c.toString().startsWith("context.Background.WithDeadline("),
                "c.String() = " + c + " want prefix context.Background.WithDeadline(");
        expectDeadlineExceeded(c, "WithDeadline");

        c = Context.withDeadline(Context.background(), Time.deadlineAfter(SHORT_DURATION)).context();
        Context o = new OtherContext(c);
        expectDeadlineExceeded(o, "WithDeadline+otherContext");

        c = Context.withDeadline(Context.background(), Time.deadlineAfter(SHORT_DURATION)).context();
        o = new OtherContext(c);
        c = Context.withDeadline(o, Time.deadlineAfter(VERY_LONG_DURATION)).context();
        expectDeadlineExceeded(c, "WithDeadline+otherContext+WithDeadline");

        c = Context.withDeadline(Context.background(), Time.deadlineAfter(SHORT_DURATION.negated())).context();
        expectDeadlineExceeded(c, "WithDeadline+inthepast");

        c = Context.withDeadline(Context.background(), Time.nanotime()).context();
        expectDeadlineExceeded(c, "WithDeadline+now");
    }

    /** Go: TestTimeout. */
    @Test
    void testTimeout() {
        Context c = Context.withTimeout(Context.background(), SHORT_DURATION).context();
        assertTrue(c.toString().startsWith("context.Background.WithDeadline("),
                "c.String() = " + c + " want prefix context.Background.WithDeadline(");
        expectDeadlineExceeded(c, "WithTimeout");

        c = Context.withTimeout(Context.background(), SHORT_DURATION).context();
        Context o = new OtherContext(c);
        expectDeadlineExceeded(o, "WithTimeout+otherContext");

        c = Context.withTimeout(Context.background(), SHORT_DURATION).context();
        o = new OtherContext(c);
        c = Context.withTimeout(o, VERY_LONG_DURATION).context();
        expectDeadlineExceeded(c, "WithTimeout+otherContext+WithTimeout");
    }

    /**
     * Go: {@code testDeadline(c, name, t)}: waits (guarded by {@link GoTestSupport#QUIESCENT})
     * for {@code c} to time out, then requires {@code Err() == DeadlineExceeded}.
     */
    private static void expectDeadlineExceeded(Context c, String name) {
        awaitDone(c, name);
        assertSame(Context.DEADLINE_EXCEEDED, c.err(), name + ": c.Err()");
    }

    /**
     * Go: TestCanceledTimeout. Go's outer timeout is 1 s; here it is an hour: any outer deadline
     * before the inner one takes the same path, and one that could pass before {@code cancel()}
     * on a stalled machine would make the child DeadlineExceeded instead of Canceled.
     */
    @Test
    void testCanceledTimeout() {
        CancelFunc outer = Context.withTimeout(Context.background(), Duration.ofHours(1));
        Context o = new OtherContext(outer.context());
        CancelFunc cancel = Context.withTimeout(o, VERY_LONG_DURATION);
        cancel.cancel(); // Should propagate synchronously.
        assertDone(cancel.context(), "c", Context.CANCELED);
        outer.cancel(); // not in Go: releases the outer timer instead of letting it fire later
    }

    /**
     * Go: TestValues (Go 1.21's String format, {@code WithValue(type <key type>, val <stringify(val)>)};
     * Go's key type {@code context_test.key1} is the canonical name of {@link Key1} here).
     */
    @Test
    void testValues() {
        Context c0 = Context.background();
        checkValues(c0, "c0", "", "", "");

        Context c1 = Context.withValue(Context.background(), K1, "c1k1");
        checkValues(c1, "c1", "c1k1", "", "");

        assertEquals("context.Background.WithValue(type ctxbench.context.ContextTest.Key1, val c1k1)", c1.toString(), "c.String()");

        Context c2 = Context.withValue(c1, K2, "c2k2");
        checkValues(c2, "c2", "c1k1", "c2k2", "");

        Context c3 = Context.withValue(c2, K3, "c3k3");
        checkValues(c3, "c2", "c1k1", "c2k2", "c3k3");

        Context c4 = Context.withValue(c3, K1, null);
        checkValues(c4, "c4", "", "c2k2", "c3k3");

        Context o0 = new OtherContext(Context.background());
        checkValues(o0, "o0", "", "", "");

        Context o1 = new OtherContext(Context.withValue(Context.background(), K1, "c1k1"));
        checkValues(o1, "o1", "c1k1", "", "");

        Context o2 = Context.withValue(o1, K2, "o2k2");
        checkValues(o2, "o2", "c1k1", "o2k2", "");

        Context o3 = new OtherContext(c4);
        checkValues(o3, "o3", "", "c2k2", "c3k3");

        Context o4 = Context.withValue(o3, K3, null);
        checkValues(o4, "o4", "", "c2k2", "");
    }

    /** Go: TestValues' {@code check}: the string values of k1, k2, k3 in {@code c}; "" means no value. */
    private static void checkValues(Context c, String nm, String v1, String v2, String v3) {
        assertEquals(v1.isEmpty() ? null : v1, c.value(K1), nm + ".Value(k1)");
        assertEquals(v2.isEmpty() ? null : v2, c.value(K2), nm + ".Value(k2)");
        assertEquals(v3.isEmpty() ? null : v3, c.value(K3), nm + ".Value(k3)");
    }

    /** Go: TestSimultaneousCancels. */
    @Test
    void testSimultaneousCancels() throws InterruptedException {
        CancelFunc cancel = Context.withCancel(Context.background());
        Context root = cancel.context();
        Map<Context, CancelFunc> m = new LinkedHashMap<>();
        m.put(root, cancel);
        ArrayDeque<Context> q = new ArrayDeque<>(List.of(root));
        // Create a tree of contexts.
        while (!q.isEmpty() && m.size() < 100) {
            Context parent = q.poll();
            for (int i = 0; i < 4; i++) {
                CancelFunc c = Context.withCancel(parent);
                m.put(c.context(), c);
                q.add(c.context());
            }
        }
        // Start all the cancels in a random order (Go: map iteration order).
        Random r = new Random(m.size());
        List<CancelFunc> cancels = new ArrayList<>(m.values());
        Collections.shuffle(cancels, r);
        CountDownLatch wg = new CountDownLatch(cancels.size()); // Go: sync.WaitGroup
        for (CancelFunc c : cancels) {
            Goroutines.go(() -> {
                c.cancel();
                wg.countDown();
            });
        }

        Chan<Void> stuck = Chan.make();
        Timer timer = Time.afterFunc(QUIESCENT, stuck::close);

        // Wait on all the contexts in a random order.
        List<Context> contexts = new ArrayList<>(m.keySet());
        Collections.shuffle(contexts, r);
        for (Context ctx : contexts) {
            if (Select.select(Case.recv(ctx.done()), Case.recv(stuck)) == 1) {
                fail("timed out after " + QUIESCENT + " waiting for <-ctx.Done()");
            }
        }
        // Wait for all the cancel functions to return.
        Chan<Void> done = Chan.make();
        Goroutines.go(() -> {
            awaitUninterruptibly(wg);
            done.close();
        });
        if (Select.select(Case.recv(done), Case.recv(stuck)) == 1) {
            fail("timed out after " + QUIESCENT + " waiting for cancel functions");
        }
        timer.stop();
    }

    /** Go: {@code wg.Wait()}, which cannot be interrupted. */
    private static void awaitUninterruptibly(CountDownLatch wg) {
        boolean interrupted = false;
        while (true) {
            try {
                wg.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Go: TestInterlockedCancels. */
    @Test
    void testInterlockedCancels() {
        CancelFunc cancelParent = Context.withCancel(Context.background());
        Context parent = cancelParent.context();
        CancelFunc cancelChild = Context.withCancel(parent);
        Context child = cancelChild.context();
        Goroutines.go(() -> {
            parent.done().recv();
            cancelChild.cancel();
        });
        cancelParent.cancel();
        awaitDone(child, "child");
    }

    /** Go: TestLayersCancel. */
    @Test
    void testLayersCancel() {
        for (long seed : LAYER_SEEDS) {
            testLayers(seed, false);
        }
    }

    /** Go: TestLayersTimeout. */
    @Test
    void testLayersTimeout() {
        for (long seed : LAYER_SEEDS) {
            testLayers(seed, true);
        }
    }

    /**
     * Go: {@code testLayers(t, seed, testTimeout)}: a random chain of at least 30 WithValue,
     * WithCancel and WithTimeout layers (with at least one of each); the innermost context must
     * keep every value, and be done once any layer is cancelled (or, with {@code testTimeout},
     * once the short timeouts expire).
     */
    private static void testLayers(long seed, boolean testTimeout) {
        Random r = new Random(seed);
        String prefix = "seed=" + seed + ": ";
        final int minLayers = 30;
        List<Object> vals = new ArrayList<>();
        List<CancelFunc> cancels = new ArrayList<>();
        int numTimers = 0;
        Context ctx = Context.background();
        for (int i = 0; i < minLayers || numTimers == 0 || cancels.isEmpty() || vals.isEmpty(); i++) {
            switch (r.nextInt(3)) {
                case 0 -> {
                    Object v = new Object(); // Go: v := new(value), a distinct pointer
                    ctx = Context.withValue(ctx, v, v);
                    vals.add(v);
                }
                case 1 -> {
                    CancelFunc cancel = Context.withCancel(ctx);
                    ctx = cancel.context();
                    cancels.add(cancel);
                }
                default -> {
                    Duration d = testTimeout ? SHORT_DURATION : VERY_LONG_DURATION;
                    CancelFunc cancel = Context.withTimeout(ctx, d);
                    ctx = cancel.context();
                    cancels.add(cancel);
                    numTimers++;
                }
            }
        }
        if (!testTimeout && ready(ctx.done())) {
            fail(prefix + "ctx should not be canceled yet");
        }
        assertTrue(ctx.toString().startsWith("context.Background."), prefix + "ctx.String() = " + ctx);
        checkLayerValues(ctx, vals, prefix + "before cancel");
        if (testTimeout) {
            awaitDone(ctx, prefix + "ctx");
            checkLayerValues(ctx, vals, prefix + "after timeout");
        } else {
            cancels.get(r.nextInt(cancels.size())).cancel();
            if (!ready(ctx.done())) {
                fail(prefix + "ctx should be canceled");
            }
            checkLayerValues(ctx, vals, prefix + "after cancel");
        }
        cancels.forEach(CancelFunc::cancel); // not in Go: releases the timers of the layers above
    }

    /** Go: testLayers' {@code checkValues}: every key maps to itself. */
    private static void checkLayerValues(Context ctx, List<Object> vals, String when) {
        for (Object key : vals) {
            assertSame(key, ctx.value(key), when + ": ctx.Value(key)");
        }
    }

    /** Go: TestCancelRemoves (Go 1.21 version, which adds an AfterFunc child). */
    @Test
    void testCancelRemoves() {
        CancelFunc parent = Context.withCancel(Context.background());
        Context ctx = parent.context();
        checkChildren("after creation", ctx, 0);
        CancelFunc cancel = Context.withCancel(ctx);
        checkChildren("with WithCancel child ", ctx, 1);
        cancel.cancel();
        checkChildren("after canceling WithCancel child", ctx, 0);

        ctx = Context.withCancel(Context.background()).context();
        checkChildren("after creation", ctx, 0);
        cancel = Context.withTimeout(ctx, Duration.ofMinutes(60));
        checkChildren("with WithTimeout child ", ctx, 1);
        cancel.cancel();
        checkChildren("after canceling WithTimeout child", ctx, 0);

        ctx = Context.withCancel(Context.background()).context();
        checkChildren("after creation", ctx, 0);
        StopFunc stop = Context.afterFunc(ctx, () -> {});
        checkChildren("with AfterFunc child ", ctx, 1);
        stop.stop();
        checkChildren("after stopping AfterFunc child ", ctx, 0);
    }

    /** Go: TestCancelRemoves' {@code checkChildren}: {@code len(ctx.(*cancelCtx).children)}. */
    private static void checkChildren(String when, Context ctx, int want) {
        assertEquals(want, ((CancelCtx) ctx).childCount(), when + ": context children");
    }

    /** Go: TestWithCancelCanceledParent (Go 1.21 version: the parent is cancelled with a cause). */
    @Test
    void testWithCancelCanceledParent() {
        CancelCauseFunc pcancel = Context.withCancelCause(Context.background());
        Context parent = pcancel.context();
        GoError cause = GoError.of("Because!");
        pcancel.cancel(cause);

        Context c = Context.withCancel(parent).context();
        if (!ready(c.done())) {
            fail("child not done immediately upon construction");
        }
        assertSame(Context.CANCELED, c.err(), "child not canceled");
        assertSame(cause, Context.cause(c), "child has wrong cause");
    }

    /**
     * Go: TestWithValueChecksKey. Go requires only a panic for the non-comparable key; the model
     * panics with Go's text, which is asserted.
     */
    @Test
    void testWithValueChecksKey() {
        String panicVal = recoveredValue(() -> Context.withValue(Context.background(), "foo".getBytes(), "bar"));
        assertEquals("key is not comparable", panicVal, "WithValue(Background(), []byte(\"foo\"), \"bar\") panic");
        panicVal = recoveredValue(() -> Context.withValue(Context.background(), null, "bar"));
        assertEquals("nil key", panicVal, "panic");
    }

    /**
     * Go: TestInvalidDerivedFail, with Go's panic text asserted, and (Go 1.20/1.21) the other
     * constructors that take a parent.
     */
    @Test
    void testInvalidDerivedFail() {
        String want = "cannot create context from nil parent";
        assertEquals(want, recoveredValue(() -> Context.withCancel(null)), "WithCancel(nil)");
        assertEquals(want, recoveredValue(() -> Context.withDeadline(null, Time.deadlineAfter(SHORT_DURATION))),
                "WithDeadline(nil, d)");
        assertEquals(want, recoveredValue(() -> Context.withValue(null, "foo", "bar")), "WithValue(nil, k, v)");
        assertEquals(want, recoveredValue(() -> Context.withTimeout(null, SHORT_DURATION)), "WithTimeout(nil, d)");
        assertEquals(want, recoveredValue(() -> Context.withCancelCause(null)), "WithCancelCause(nil)");
        assertEquals(want, recoveredValue(() -> Context.withTimeoutCause(null, SHORT_DURATION, null)),
                "WithTimeoutCause(nil, d, nil)");
        assertEquals(want, recoveredValue(() -> Context.withoutCancel(null)), "WithoutCancel(nil)");
    }

    /** Go: TestDeadlineExceededSupportsTimeout. */
    @Test
    void testDeadlineExceededSupportsTimeout() {
        TimeoutError i = assertInstanceOf(TimeoutError.class, Context.DEADLINE_EXCEEDED,
                "DeadlineExceeded does not support Timeout interface");
        assertTrue(i.timeout(), "wrong value for timeout");
    }

    /** Go: TestDeadlineExceededIsNetError (net_test.go): {@code Timeout()} and {@code Temporary()} are both true. */
    @Test
    void testDeadlineExceededIsNetError() {
        TimeoutError err = assertInstanceOf(TimeoutError.class, Context.DEADLINE_EXCEEDED,
                "DeadlineExceeded does not implement net.Error");
        assertTrue(err.timeout() && err.temporary(),
                "Timeout() = " + err.timeout() + ", Temporary() = " + err.temporary() + ", want true, true");
    }

    /**
     * Go's test type {@code myDoneCtx}: a Context whose {@code Done} is a fresh channel of its own,
     * hiding the cancelCtx it wraps, so {@code propagateCancel} must start a watcher goroutine.
     *
     * @param ctx the embedded context
     */
    record MyDoneCtx(Context ctx) implements Context {
        @Override
        public long deadline() {
            return ctx.deadline();
        }

        @Override
        public Chan<Void> done() {
            return Chan.make();
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
     * Go: TestCustomContextGoroutines' {@code g}, {@code checkNoGoroutine} and
     * {@code checkCreatedGoroutine} over {@link Context#watcherGoroutines()}.
     */
    private static final class WatcherCount {
        private int g = Context.watcherGoroutines();

        void checkNoGoroutine() {
            int now = Context.watcherGoroutines();
            if (now != g) {
                fail((now - g) + " goroutines created");
            }
        }

        void checkCreatedGoroutine() {
            int now = Context.watcherGoroutines();
            if (now != g + 1) {
                fail((now - g) + " goroutines created, want 1");
            }
            g = now;
        }
    }

    /**
     * Go: TestCustomContextGoroutines: a watcher goroutine for each child of a context that hides
     * its cancelCtx's Done channel, none for children of the package's own contexts (also behind
     * a wrapper that keeps the channel: Go's {@code myCtx}, here {@link OtherContext}).
     */
    @Test
    void testCustomContextGoroutines() {
        WatcherCount w = new WatcherCount();

        CancelFunc cancel0 = Context.withCancel(new MyDoneCtx(Context.background()));
        cancel0.cancel();
        w.checkCreatedGoroutine();

        cancel0 = Context.withTimeout(new MyDoneCtx(Context.background()), VERY_LONG_DURATION);
        cancel0.cancel();
        w.checkCreatedGoroutine();

        w.checkNoGoroutine();

        CancelFunc cancel1 = Context.withCancel(Context.background());
        Context ctx1 = cancel1.context();
        w.checkNoGoroutine();

        Context ctx2 = new OtherContext(ctx1); // Go: &myCtx{ctx1}
        CancelFunc cancel3 = Context.withCancel(ctx2);
        Context ctx3 = cancel3.context();
        w.checkNoGoroutine();

        CancelFunc cancel3b = Context.withCancel(new MyDoneCtx(ctx2));
        w.checkCreatedGoroutine(); // ctx1 is not providing Done, must not be used

        CancelFunc cancel4 = Context.withTimeout(ctx3, VERY_LONG_DURATION);
        Context ctx4 = cancel4.context();
        w.checkNoGoroutine();

        CancelFunc cancel5 = Context.withCancel(ctx4);
        Context ctx5 = cancel5.context();
        w.checkNoGoroutine();

        cancel5.cancel();
        w.checkNoGoroutine();

        CancelFunc cancel6 = Context.withTimeout(ctx5, VERY_LONG_DURATION);
        w.checkNoGoroutine();

        // Check applied to canceled context.
        cancel6.cancel();
        cancel1.cancel();
        CancelFunc cancel7 = Context.withCancel(ctx5);
        w.checkNoGoroutine();

        // Go's deferred calls, then the deferred checkNoGoroutine.
        for (CancelFunc c : List.of(cancel7, cancel6, cancel5, cancel4, cancel3b, cancel3, cancel1)) {
            c.cancel();
        }
        w.checkNoGoroutine();
    }
}
