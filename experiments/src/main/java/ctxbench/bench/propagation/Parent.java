package ctxbench.bench.propagation;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import java.time.Duration;
import java.util.List;

/**
 * A parent for {@code WithCancel}, one per path of Go's {@code propagateCancel}
 * (src/context/context.go; the model's {@code CancelCtx.propagateCancel}), and what releases it.
 * The names are the catalogue's values of {@code PropagateCancel.withCancel}'s {@code parent}
 * parameter, and the Go mirror's {@code NewParent} builds the same parents
 * (experiments/go/propagation/parents.go).
 *
 * @param context the parent
 * @param release cancels whatever the parent holds (its timer, its watchers); safe to call twice
 */
public record Parent(Context context, Runnable release) {
    /** Every parent name, in the catalogue's order. */
    public static final List<String> NAMES = List.of(
            "background", "cancelled", "cancelCtx", "timerCtx", "valueOverCancel", "afterFuncer", "foreign");

    /**
     * Builds the named parent.
     * <ul>
     * <li>{@code background}: {@code Background()}, whose done channel is nil: propagateCancel returns at once.
     * <li>{@code cancelled}: a cancelled {@code WithCancel}: the child is cancelled inside {@code WithCancel}.
     * <li>{@code cancelCtx}: an open {@code WithCancel}: {@code parentCancelCtx} finds it, the child
     *     joins its children set and {@code cancel()} removes it again.
     * <li>{@code timerCtx}: an open {@code WithTimeout(1h)}: the same path through the timerCtx's cancelCtx.
     * <li>{@code valueOverCancel}: {@code WithValue} over an open {@code WithCancel}: {@code parentCancelCtx}
     *     walks through the valueCtx with {@code Value(&cancelCtxKey)} and the child joins the cancelCtx below.
     * <li>{@code afterFuncer}: an {@link AfterFuncerContext}: registration through its {@code AfterFunc} (Go 1.21).
     * <li>{@code foreign}: a {@link ForeignContext}: a watcher goroutine per child.
     * </ul>
     *
     * @throws IllegalArgumentException for a name not in {@link #NAMES}
     */
    public static Parent create(String name) {
        return switch (name) {
            case "background" -> new Parent(Context.background(), () -> {});
            case "cancelled" -> {
                CancelFunc cancel = Context.withCancel(Context.background());
                cancel.cancel();
                yield new Parent(cancel.context(), cancel::cancel);
            }
            case "cancelCtx" -> of(Context.withCancel(Context.background()));
            case "timerCtx" -> of(Context.withTimeout(Context.background(), Duration.ofHours(1)));
            case "valueOverCancel" -> {
                CancelFunc cancel = Context.withCancel(Context.background());
                yield new Parent(Context.withValue(cancel.context(), "valueOverCancel", "v"), cancel::cancel);
            }
            case "afterFuncer" -> {
                AfterFuncerContext p = new AfterFuncerContext();
                yield new Parent(p, () -> p.cancel(Context.CANCELED));
            }
            case "foreign" -> {
                ForeignContext p = new ForeignContext();
                yield new Parent(p, () -> p.cancel(Context.CANCELED));
            }
            default -> throw new IllegalArgumentException("unknown parent " + name + "; expected one of " + NAMES);
        };
    }

    private static Parent of(CancelFunc cancel) {
        return new Parent(cancel.context(), cancel::cancel);
    }
}
