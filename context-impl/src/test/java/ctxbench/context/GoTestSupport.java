package ctxbench.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import java.time.Duration;

/**
 * The helpers Go's context tests share (context/x_test.go): the durations, {@code quiescent},
 * the non-blocking "should block" / "shouldn't have blocked" selects, the guarded wait for a
 * {@code Done} channel, and {@code recoveredValue}.
 *
 * <p>Waiting is always on a channel, guarded by a timer of {@link #QUIESCENT} that fails the
 * test; nothing here sleeps and then asserts what happened meanwhile. The test classes' own
 * {@code @Timeout} runs each test in a separate thread: the model's channel operations, like
 * Go's, cannot be interrupted, so a same-thread timeout could never end a hung test.
 */
final class GoTestSupport {
    /** Go: {@code shortDuration}, a reasonable duration to block in a test. */
    static final Duration SHORT_DURATION = Duration.ofMillis(1);
    /** Go: {@code veryLongDuration}, an arbitrary upper bound on a test's running time. */
    static final Duration VERY_LONG_DURATION = Duration.ofHours(1000);
    /**
     * Go: {@code quiescent(t)}, by which all remaining work should have completed; only the guard
     * against a hang, never an asserted time.
     */
    static final Duration QUIESCENT = Duration.ofSeconds(10);

    private GoTestSupport() {}

    /**
     * Go: {@code select { case <-c: case <-timer.C: t.Fatalf(...) }} with a timer of
     * {@link #QUIESCENT}: waits for {@code c} to be closed (or to deliver), failing the test if
     * it does not within that guard. The guard timer is stopped afterwards (Go's
     * {@code defer timer.Stop()}).
     */
    static void await(Chan<?> c, String what) {
        Timer guard = Time.newTimer(QUIESCENT);
        try {
            if (Select.select(Case.recv(c), Case.recv(guard.c)) == 1) {
                fail(what + " not ready after " + QUIESCENT);
            }
        } finally {
            guard.stop();
        }
    }

    /** {@link #await} on {@code ctx.done()}: the context must become done. */
    static void awaitDone(Context ctx, String what) {
        await(ctx.done(), what + ".Done()");
    }

    /** Go: {@code select { case <-c: return true; default: return false }} (a nil channel is never ready). */
    static boolean ready(Chan<?> c) {
        return Select.selectOrDefault(Case.recv(c)) != Select.DEFAULT;
    }

    /** Go: {@code select { case x := <-c.Done(): t.Errorf("... want nothing (it should block)") default: }}. */
    static void assertNotDone(Context ctx, String name) {
        if (ready(ctx.done())) {
            fail("<-" + name + ".Done() did not block, want nothing (it should block)");
        }
    }

    /**
     * Go's {@code check(ctx, name)}: {@code Done} is closed without blocking and {@code Err} is
     * {@code want}.
     */
    static void assertDone(Context ctx, String name, Object want) {
        if (!ready(ctx.done())) {
            fail("<-" + name + ".Done() blocked, but shouldn't have");
        }
        assertEquals(want, ctx.err(), name + ".Err()");
    }

    /** Go: {@code recoveredValue(fn)}: the message of the panic {@code fn} raised, or null if it returned. */
    static String recoveredValue(Runnable fn) {
        try {
            fn.run();
            return null;
        } catch (GoPanic p) {
            return p.getMessage();
        }
    }
}
