package ctxbench.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The one way the model's classes (channels, Ps, waiters, the timer heap and its lock) get the
 * {@link VarHandle}s of their fields: the atomic operations Go's runtime does with
 * {@code runtime/internal/atomic} on a struct's field. Call it from a static initialiser and keep
 * the result in a {@code static final} field, which the JIT folds to a constant: an access costs
 * what a handle found inline would.
 *
 * <p>Access is the caller's: the field is looked up through {@code caller}, the caller's own
 * {@link MethodHandles#lookup()}, so this reaches no field the caller could not reach itself.
 */
public final class VarHandles {
    private VarHandles() {}

    /**
     * The handle of field {@code name} of type {@code type} declared by {@code owner}, which is the
     * caller's class or another class of its module (as {@link MethodHandles#privateLookupIn}
     * allows). A field that is not there is a bug of the calling class: it fails that class's
     * initialisation with an {@link ExceptionInInitializerError}.
     */
    public static VarHandle field(MethodHandles.Lookup caller, Class<?> owner, String name, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(owner, caller).findVarHandle(owner, name, type);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
