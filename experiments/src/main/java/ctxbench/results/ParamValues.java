package ctxbench.workloads.channels;

import java.util.Locale;

/**
 * The JMH parameter values of the enums {@link PipeImpl} ({@code impl}) and {@link ThreadKind}
 * ({@code threads}): a constant's value is its name in lower case ({@code MODEL} is
 * {@code model}), so the two lists cannot drift apart.
 */
final class ParamValues {
    private ParamValues() {}

    /** The parameter value naming {@code constant}. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant among {@code constants} that {@code value} names.
     *
     * @param parameter the parameter's name, for the message
     * @throws IllegalArgumentException ("unknown {@code parameter} '{@code value}'") if none does
     */
    static <E extends Enum<E>> E lookup(E[] constants, String parameter, String value) {
        for (E constant : constants) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + parameter + " '" + value + "'");
    }
}
