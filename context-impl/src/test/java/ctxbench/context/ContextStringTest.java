package ctxbench.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;
import ctxbench.time.GoTime;
import ctxbench.time.Time;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contexts print what Go 1.21's {@code String} methods print ({@code contextName},
 * {@code stringify}, {@code cancelCtx}, {@code timerCtx}, {@code valueCtx},
 * {@code withoutCancelCtx}).
 *
 * <p>The expected texts were printed by a Go 1.21.13 program that builds the same contexts from
 * test types of its own ({@code type otherContext struct{ context.Context }}, {@code type key1 int},
 * a {@code stringerVal} with a {@code String} method, a {@code plain} struct without one) and
 * {@code fmt.Println}s them; Go's {@code main.otherContext} is
 * {@code ctxbench.context.OtherContext} here, {@code main.key1} is {@link Key}, and so on: a
 * Java type prints as its canonical name (Go: {@code reflectlite.TypeOf(x).String()}). The
 * lines where Java's text is not Go's say why.
 */
class ContextStringTest {
    /** Go: {@code type key1 int}: a key type without a String method (a record's generated toString does not count). */
    record Key(int v) {}

    /** Go: a struct without a String method. */
    record Plain(int x) {}

    /** Go: {@code type stringerVal struct{}} with {@code func (stringerVal) String() string}. */
    record StringerVal() {
        @Override
        public String toString() {
            return "I am a Stringer";
        }
    }

    /** A custom context type without a toString of its own, never cancelled (so no watcher goroutine). */
    static class NoStringContext implements Context {
        @Override
        public long deadline() {
            return NO_DEADLINE;
        }

        @Override
        public Chan<Void> done() {
            return null;
        }

        @Override
        public GoError err() {
            return null;
        }

        @Override
        public Object value(Object key) {
            return null;
        }
    }

    /** A custom context type with a toString of its own (Go: a Context that is a fmt.Stringer). */
    static final class StringerContext extends NoStringContext {
        @Override
        public String toString() {
            return "my.Context";
        }
    }

    /** Go: {@code time.Time.String()} of a time at least 2157-03-16 or before 1885: no {@code m=}. */
    private static final String GO_TIME_WITHOUT_MONO = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})? \\+0000 UTC";
    /** Go: {@code time.Time.String()} of a time with a monotonic reading. */
    private static final String GO_TIME = GO_TIME_WITHOUT_MONO + " m=\\+\\d+\\.\\d{9}";

    private final Context bg = Context.background();

    @Test
    void backgroundAndTodo() {
        assertEquals("context.Background", bg.toString());
        assertEquals("context.TODO", Context.todo().toString());
    }

    @Test
    void withCancel() {
        CancelFunc c = Context.withCancel(bg);
        assertEquals("context.Background.WithCancel", c.context().toString());
        assertEquals("context.Background.WithCancel.WithCancel", Context.withCancel(c.context()).context().toString());
        assertEquals("context.Background.WithCancel", Context.withCancelCause(bg).context().toString());
        c.cancel();
        assertEquals("context.Background.WithCancel", c.context().toString(), "cancelling does not change the text");
    }

    /** Go: {@code contextName} of a parent that is not a Stringer is its type's name. */
    @Test
    void customParentWithoutToStringPrintsItsTypeName() {
        // Go: main.otherContext.WithCancel, whether or not the wrapped context is a cancelCtx.
        assertEquals("ctxbench.context.OtherContext.WithCancel", Context.withCancel(new OtherContext(bg)).context().toString());
        CancelFunc c = Context.withCancel(bg);
        assertEquals("ctxbench.context.OtherContext.WithCancel",
                Context.withCancel(new OtherContext(c.context())).context().toString());
        c.cancel();

        assertEquals("ctxbench.context.ContextStringTest.NoStringContext.WithCancel",
                Context.withCancel(new NoStringContext()).context().toString());
        Context anonymous = new Context() {
            @Override
            public long deadline() {
                return NO_DEADLINE;
            }

            @Override
            public Chan<Void> done() {
                return null;
            }

            @Override
            public GoError err() {
                return null;
            }

            @Override
            public Object value(Object key) {
                return null;
            }
        };
        // No canonical name: the binary name (Go has no anonymous types of this kind).
        assertEquals(anonymous.getClass().getName() + ".WithCancel", Context.withCancel(anonymous).context().toString());
        assertTrue(anonymous.getClass().getName().startsWith("ctxbench.context.ContextStringTest$"));
    }

    @Test
    void customParentWithToStringPrintsIt() {
        assertEquals("my.Context.WithCancel", Context.withCancel(new StringerContext()).context().toString());
        assertEquals("my.Context.WithoutCancel", Context.withoutCancel(new StringerContext()).toString());
    }

    /** Go 1.21: a child registered through a parent's AfterFunc has a stopCtx parent, which has no String method. */
    @Test
    void childOfAnAfterFuncerPrintsStopCtx() {
        AfterFuncerTest.AfterFuncContext parent = new AfterFuncerTest.AfterFuncContext();
        CancelFunc c = Context.withCancel(parent);
        assertEquals("context.stopCtx.WithCancel", c.context().toString());
        c.cancel();
        CancelFunc t = Context.withTimeout(parent, Duration.ofHours(1));
        assertTrue(t.context().toString().startsWith("context.stopCtx.WithDeadline("), t.context()::toString);
        t.cancel();
    }

    /** Go 1.21's valueCtx.String: the key's type and {@code stringify(val)}. */
    @Test
    void withValue() {
        // Go 1.21's stringify has no nil case: nil prints as <not Stringer>.
        assertEquals("context.Background.WithValue(type ctxbench.context.ContextStringTest.Key, val <not Stringer>)",
                Context.withValue(bg, new Key(1), null).toString());
        assertEquals("context.Background.WithValue(type ctxbench.context.ContextStringTest.Key, val c1k1)",
                Context.withValue(bg, new Key(1), "c1k1").toString());
        // Go: type string (Go's built-in types have short names; Java's classes print in full).
        assertEquals("context.Background.WithValue(type java.lang.String, val v)", Context.withValue(bg, "k", "v").toString());
        assertEquals("context.Background.WithValue(type java.lang.String, val I am a Stringer)",
                Context.withValue(bg, "k", new StringerVal()).toString());
        assertEquals("context.Background.WithValue(type java.lang.String, val <not Stringer>)",
                Context.withValue(bg, "k", new Plain(1)).toString());
        assertEquals("context.Background.WithValue(type java.lang.String, val <not Stringer>)",
                Context.withValue(bg, "k", new Object()).toString());
        assertEquals("ctxbench.context.OtherContext.WithValue(type ctxbench.context.ContextStringTest.StringerVal, val <not Stringer>)",
                Context.withValue(new OtherContext(bg), new StringerVal(), new Plain(42)).toString());
        // Not Go's text: Go's int 42 is no Stringer (<not Stringer>); Java's Integer has its own toString.
        assertEquals("context.Background.WithValue(type java.lang.String, val 42)", Context.withValue(bg, "k", 42).toString());
    }

    @Test
    void withoutCancel() {
        CancelFunc c = Context.withCancel(bg);
        assertEquals("context.Background.WithCancel.WithoutCancel", Context.withoutCancel(c.context()).toString());
        assertEquals("ctxbench.context.OtherContext.WithoutCancel", Context.withoutCancel(new OtherContext(c.context())).toString());
        CancelFunc child = Context.withCancel(Context.withoutCancel(c.context()));
        assertEquals("context.Background.WithCancel.WithoutCancel.WithCancel", child.context().toString());
        child.cancel();
        c.cancel();
    }

    /**
     * A deadline so far in the past that {@code time.Until} saturates: Go printed
     * {@code context.Background.WithDeadline(1734-08-27 01:00:11.616516323 +0000 UTC [-2562047h47m16.854775808s])}
     * for {@code WithDeadline(bg, time.Now().Add(-1<<63))}: a wall clock 292 years back, no
     * {@code m=} (Go's Add drops the monotonic reading before 1885), the most negative duration.
     */
    @Test
    void withDeadlineLongPast() {
        Time.nanotime(); // the clock has started (until() saturates once now > 1 ns)
        long deadline = Long.MIN_VALUE + 1; // Time.deadlineAfter's most negative deadline
        Context c = Context.withDeadline(bg, deadline).context();
        String want = "context.Background.WithDeadline(" + GoTime.toString(deadline) + " [-2562047h47m16.854775808s])";
        assertEquals(want, c.toString());
        assertTrue(Pattern.matches("context\\.Background\\.WithDeadline\\(" + GO_TIME_WITHOUT_MONO
                + " \\[-2562047h47m16\\.854775808s\\]\\)", c.toString()), c::toString);

        Context o = Context.withDeadline(new OtherContext(bg), deadline).context();
        assertEquals("ctxbench.context.OtherContext.WithDeadline(" + GoTime.toString(deadline) + " [-2562047h47m16.854775808s])",
                o.toString());
    }

    /**
     * Go printed {@code context.Background.WithDeadline(2026-12-06 01:47:28.471372581 +0000 UTC
     * m=+3600.000359626 [59m59.999965145s])} for {@code WithTimeout(bg, time.Hour)}: the
     * deadline as Go's {@code Time.String} and the time left as {@code Duration.String}. The time
     * left depends on when it is printed, so it is matched, not compared (1000 hours, so that the
     * hours stay 999 however slow the machine).
     */
    @Test
    void withTimeout() {
        CancelFunc cancel = Context.withTimeout(bg, Duration.ofHours(1000));
        Context c = cancel.context();
        String s = c.toString();
        String deadline = GoTime.toString(c.deadline());
        assertTrue(s.startsWith("context.Background.WithDeadline(" + deadline + " ["), s);
        assertTrue(Pattern.matches("context\\.Background\\.WithDeadline\\(" + GO_TIME
                + " \\[999h\\d{1,2}m\\d{1,2}(\\.\\d{1,9})?s\\]\\)", s), s);

        CancelFunc parent = Context.withCancel(bg);
        CancelFunc child = Context.withTimeout(parent.context(), Duration.ofHours(1000));
        assertTrue(child.context().toString().startsWith("context.Background.WithCancel.WithDeadline("),
                child.context()::toString);
        CancelFunc other = Context.withTimeout(new OtherContext(bg), Duration.ofHours(1000));
        assertTrue(other.context().toString().startsWith("ctxbench.context.OtherContext.WithDeadline("),
                other.context()::toString);
        // A value under a deadline prints the deadline context as its parent.
        Context v = Context.withValue(c, new Key(2), "x");
        assertTrue(Pattern.matches("context\\.Background\\.WithDeadline\\(" + GO_TIME
                + " \\[999h\\d{1,2}m\\d{1,2}(\\.\\d{1,9})?s\\]\\)\\.WithValue\\(type ctxbench\\.context\\.ContextStringTest\\.Key, val x\\)",
                v.toString()), v::toString);
        other.cancel();
        child.cancel();
        parent.cancel();
        cancel.cancel();
    }
}
