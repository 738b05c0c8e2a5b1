package ctxbench.context;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The helpers of Go's context {@code String} methods: {@code contextName}, {@code stringify} and
 * the type names they fall back to ({@code reflectlite.TypeOf(x).String()}).
 *
 * <p>Go's test "is it a {@code fmt.Stringer}" becomes, in Java, "does its class have a
 * {@code toString()} of its own", i.e. one not inherited from {@link Object}: declared by the
 * class or by a superclass other than {@code Object} (as Go promotes the {@code String} method
 * of an embedded struct). The {@code toString()} that javac generates for a record is not
 * counted: it is Java's stand-in for Go's {@code %v} of a struct, which {@code contextName} and
 * {@code stringify} do not use; javac marks it {@code final}, which an explicit
 * {@code toString()} of a record (final class) normally is not, and that is how it is told
 * apart. The answer is cached per class.
 *
 * <p>Go: context/context.go (Go 1.21), {@code stringer}, {@code contextName}, {@code stringify}.
 */
final class ContextNames {
    /** Whether a class has a {@code toString()} of its own (Go: implements {@code stringer}). */
    private static final ClassValue<Boolean> STRINGER = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return declaresToString(type);
        }
    };

    private ContextNames() {}

    /**
     * Go 1.21: {@code contextName(c)}: {@code c.String()} if {@code c} is a {@code fmt.Stringer},
     * else its type's name ({@link #typeName}).
     */
    static String contextName(Context c) {
        return isStringer(c) ? c.toString() : typeName(c.getClass());
    }

    /**
     * Go 1.21: {@code stringify(v)}: {@code v.String()} for a {@code fmt.Stringer}, the string
     * itself for a string, else {@code <not Stringer>}. Go 1.21 has no case for {@code nil}, so a
     * {@code null} also prints {@code <not Stringer>}.
     */
    static String stringify(Object v) {
        if (v instanceof String s) {
            return s; // Java's String is a Stringer too; Go's string case gives the same text
        }
        if (v != null && isStringer(v)) {
            return v.toString();
        }
        return "<not Stringer>";
    }

    /**
     * Go: {@code reflectlite.TypeOf(x).String()}, the name of a type as Go prints it, such as
     * {@code context_test.otherContext}: Go's package name, a dot and the type's name. The Java
     * analogue is the class's canonical name (its package, a dot, and the names of its enclosing
     * classes and its own, dot-separated: {@code ctxbench.context.ContextTest.Key1}); a class
     * without one (anonymous, local or hidden) prints its binary name
     * ({@code ctxbench.context.Foo$1}). Where Go's built-in types have short names ({@code string},
     * {@code int}), Java's classes print in full ({@code java.lang.String}).
     */
    static String typeName(Class<?> type) {
        String canonical = type.getCanonicalName();
        return canonical != null ? canonical : type.getName();
    }

    /** Go: {@code _, ok := v.(stringer)}: whether {@code v}'s class has a {@code toString()} of its own. */
    static boolean isStringer(Object v) {
        return STRINGER.get(v.getClass());
    }

    /** Whether {@code type}'s public {@code toString()} is not {@link Object}'s nor a record's generated one. */
    private static boolean declaresToString(Class<?> type) {
        Method m;
        try {
            m = type.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new AssertionError("every class has toString()", e);
        }
        Class<?> declaring = m.getDeclaringClass();
        if (declaring == Object.class) {
            return false;
        }
        // javac generates a record's toString() as public final (ObjectMethods); the record's
        // author writes a plain public one.
        return !(declaring.isRecord() && Modifier.isFinal(m.getModifiers()));
    }
}
