package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;
import java.time.Duration;

/**
 * Go's {@code context.Context}: a deadline, a cancellation signal and request-scoped values that
 * flow down a tree of contexts; and, as static methods, the functions of Go's {@code context}
 * package ({@code context.WithTimeout} is {@code Context.withTimeout}).
 *
 * <p>Go: context/context.go, Go 1.19, plus the Go 1.20/1.21 API ({@link #withCancelCause},
 * {@link #cause}, {@link #afterFunc}, {@link #withoutCancel}, {@link #withDeadlineCause},
 * {@link #withTimeoutCause}), which follows Go 1.21's code. Go returns {@code (ctx, cancel)};
 * the model returns the cancel function, which carries the context it cancels
 * ({@link CancelFunc#context()}), because Go allocates that closure anyway (16 B) and a pair
 * object would be an allocation Go does not make.
 *
 * <p>Deadlines are nanoseconds on the {@link ctxbench.time.Time#nanotime()} clock (Go's
 * monotonic reading); {@link #NO_DEADLINE} stands for Go's {@code ok == false}.
 */
public interface Context {
    /** {@link #deadline()} of a context without a deadline (Go: {@code ok == false}). */
    long NO_DEADLINE = Long.MIN_VALUE;

    /** Go: {@code context.Canceled}, "context canceled". */
    GoError CANCELED = GoError.of("context canceled");

    /** Go: {@code context.DeadlineExceeded}, "context deadline exceeded"; a timeout. */
    GoError DEADLINE_EXCEEDED = DeadlineExceededError.INSTANCE;

    /** Go: {@code Deadline()}: when this context will be cancelled, or {@link #NO_DEADLINE}. */
    long deadline();

    /** Go: {@code Done()}: closed when this context is cancelled; {@code null} (a nil channel) if it never is. */
    Chan<Void> done();

    /** Go: {@code Err()}: {@code null} until done, then {@link #CANCELED} or {@link #DEADLINE_EXCEEDED}. */
    GoError err();

    /** Go: {@code Value(key)}: the value for {@code key} on the path to the root, or {@code null}. */
    Object value(Object key);

    // ---- The package functions ------------------------------------------------------------

    /** Go: {@code context.Background()}: never cancelled, no values, no deadline. */
    static Context background() {
        return EmptyCtx.BACKGROUND;
    }

    /** Go: {@code context.TODO()}: like {@link #background()}, for code not yet given a context. */
    static Context todo() {
        return EmptyCtx.TODO;
    }

    /** Go: {@code context.WithCancel(parent)}. */
    static CancelFunc withCancel(Context parent) {
        return new CancelFunc(CancelCtx.withCancel(parent), true);
    }

    /** Go 1.20: {@code context.WithCancelCause(parent)}. */
    static CancelCauseFunc withCancelCause(Context parent) {
        return new CancelCauseFunc(CancelCtx.withCancel(parent));
    }

    /** Go: {@code context.WithDeadline(parent, d)}. */
    static CancelFunc withDeadline(Context parent, long deadline) {
        return TimerCtx.withDeadlineCause(parent, deadline, null);
    }

    /** Go 1.21: {@code context.WithDeadlineCause(parent, d, cause)}. */
    static CancelFunc withDeadlineCause(Context parent, long deadline, GoError cause) {
        return TimerCtx.withDeadlineCause(parent, deadline, cause);
    }

    /** Go: {@code context.WithTimeout(parent, timeout)}: {@code WithDeadline(parent, now + timeout)}. */
    static CancelFunc withTimeout(Context parent, Duration timeout) {
        return TimerCtx.withDeadlineCause(parent, TimerCtx.deadlineAfter(timeout), null);
    }

    /** Go 1.21: {@code context.WithTimeoutCause(parent, timeout, cause)}. */
    static CancelFunc withTimeoutCause(Context parent, Duration timeout, GoError cause) {
        return TimerCtx.withDeadlineCause(parent, TimerCtx.deadlineAfter(timeout), cause);
    }

    /** Go: {@code context.WithValue(parent, key, val)}. Keys compare with {@code equals}, as Go's {@code ==}. */
    static Context withValue(Context parent, Object key, Object val) {
        return ValueCtx.withValue(parent, key, val);
    }

    /** Go 1.21: {@code context.WithoutCancel(parent)}: the parent's values, never cancelled. */
    static Context withoutCancel(Context parent) {
        return WithoutCancelCtx.withoutCancel(parent);
    }

    /** Go 1.20: {@code context.Cause(c)}: why {@code c} was cancelled; {@code null} while it is not. */
    static GoError cause(Context c) {
        return CancelCtx.cause(c);
    }

    /**
     * Go 1.21: {@code context.AfterFunc(ctx, f)}: runs {@code f} in its own goroutine once
     * {@code ctx} is done. The returned {@link StopFunc} stops that association.
     */
    static StopFunc afterFunc(Context ctx, Runnable f) {
        return AfterFuncCtx.afterFunc(ctx, f);
    }

    /**
     * Go's test-only counter {@code context.goroutines}: how many watcher goroutines
     * {@code propagateCancel} has started for parents it could not join directly.
     */
    static int watcherGoroutines() {
        return CancelCtx.watcherGoroutines();
    }
}
