package ctxbench.bench.values;

import ctxbench.bench.Throwables;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * {@code java.lang.ScopedValue} (final in JDK 25, JEP 506) called through method handles, because
 * the build compiles with {@code --release 21}, where {@code ScopedValue} is a preview API that
 * javac refuses without {@code --enable-preview} (and {@code --enable-preview} is allowed only with
 * the compiling JDK's own release). The handles are {@code static final}, so the JIT treats them
 * as constants and inlines the calls: after warm-up a call costs what the direct call costs.
 *
 * <p>Only the final API is used: on a JDK before 25 every method throws
 * {@link UnsupportedOperationException} (the preview versions differ, and a preview is not what
 * the report compares against).
 */
final class ScopedValues {
    /** Why the API is unavailable, or {@code null} when it is available. */
    private static final String UNAVAILABLE;
    private static final MethodHandle NEW_INSTANCE; // () -> ScopedValue
    private static final MethodHandle WHERE;        // (ScopedValue, Object) -> Carrier
    private static final MethodHandle AND_WHERE;    // (Carrier, ScopedValue, Object) -> Carrier
    private static final MethodHandle RUN;          // (Carrier, Runnable) -> void
    private static final MethodHandle OR_ELSE;      // (ScopedValue, Object) -> Object

    static {
        String unavailable = null;
        MethodHandle newInstance = null;
        MethodHandle where = null;
        MethodHandle andWhere = null;
        MethodHandle run = null;
        MethodHandle orElse = null;
        if (Runtime.version().feature() < 25) {
            unavailable = "java.lang.ScopedValue is final only from JDK 25 (JEP 506); this JDK is "
                    + Runtime.version();
        } else {
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                Class<?> sv = Class.forName("java.lang.ScopedValue");
                Class<?> carrier = Class.forName("java.lang.ScopedValue$Carrier");
                MethodType objectToObject = MethodType.methodType(Object.class, Object.class, Object.class);
                newInstance = lookup.findStatic(sv, "newInstance", MethodType.methodType(sv))
                        .asType(MethodType.methodType(Object.class));
                where = lookup.findStatic(sv, "where", MethodType.methodType(carrier, sv, Object.class))
                        .asType(objectToObject);
                andWhere = lookup.findVirtual(carrier, "where", MethodType.methodType(carrier, sv, Object.class))
                        .asType(MethodType.methodType(Object.class, Object.class, Object.class, Object.class));
                run = lookup.findVirtual(carrier, "run", MethodType.methodType(void.class, Runnable.class))
                        .asType(MethodType.methodType(void.class, Object.class, Runnable.class));
                orElse = lookup.findVirtual(sv, "orElse", MethodType.methodType(Object.class, Object.class))
                        .asType(objectToObject);
            } catch (ReflectiveOperationException e) {
                unavailable = "java.lang.ScopedValue not usable on " + Runtime.version() + ": " + e;
            }
        }
        UNAVAILABLE = unavailable;
        NEW_INSTANCE = newInstance;
        WHERE = where;
        AND_WHERE = andWhere;
        RUN = run;
        OR_ELSE = orElse;
    }

    private ScopedValues() {}

    /** Whether this JDK has the final {@code ScopedValue} API. */
    static boolean available() {
        return UNAVAILABLE == null;
    }

    /** {@code ScopedValue.newInstance()}. */
    static Object newInstance() {
        requireAvailable();
        try {
            return (Object) NEW_INSTANCE.invokeExact();
        } catch (Throwable t) {
            throw Throwables.unchecked(t);
        }
    }

    /**
     * A carrier binding {@code keys[i]} to {@code values[i]}:
     * {@code ScopedValue.where(keys[0], values[0]).where(keys[1], values[1])...}. A lookup walks
     * the carrier chain from the last binding back to the first, so {@code keys[0]} is found last.
     */
    static Object carrier(Object[] keys, Object[] values) {
        requireAvailable();
        try {
            Object c = (Object) WHERE.invokeExact(keys[0], values[0]);
            for (int i = 1; i < keys.length; i++) {
                c = (Object) AND_WHERE.invokeExact(c, keys[i], values[i]);
            }
            return c;
        } catch (Throwable t) {
            throw Throwables.unchecked(t);
        }
    }

    /** {@code carrier.run(op)}: runs {@code op} with the carrier's bindings in effect on this thread. */
    static void run(Object carrier, Runnable op) {
        try {
            RUN.invokeExact(carrier, op);
        } catch (Throwable t) {
            throw Throwables.unchecked(t);
        }
    }

    /** {@code key.orElse(other)}: the value bound to {@code key} on this thread, else {@code other} (non-null). */
    static Object orElse(Object key, Object other) {
        try {
            return (Object) OR_ELSE.invokeExact(key, other);
        } catch (Throwable t) {
            throw Throwables.unchecked(t);
        }
    }

    private static void requireAvailable() {
        if (UNAVAILABLE != null) {
            throw new UnsupportedOperationException(UNAVAILABLE);
        }
    }
}
