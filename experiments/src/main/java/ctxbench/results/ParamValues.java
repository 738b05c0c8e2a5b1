package ctxbench.results;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text form of an enum constant wherever the project spells one out: JMH and result-file
 * parameter values ({@code impl}, {@code threads}, {@code shape}), profile names on the command
 * line and in run ids. A constant's value is its name in lower case ({@code MODEL} is
 * {@code model}), so the list of values cannot drift apart from the enum.
 */
public final class ParamValues {
    private ParamValues() {}

    /** The value naming {@code constant}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The values of {@code constants}, in their order, joined by {@code ", "}: e.g. {@code smoke, quick, full}. */
    public static String list(Enum<?>[] constants) {
        return Stream.of(constants).map(ParamValues::of).collect(Collectors.joining(", "));
    }

    /** The constant among {@code constants} that {@code value} names, if one does. */
    public static <E extends Enum<E>> Optional<E> find(E[] constants, String value) {
        return Stream.of(constants).filter(c -> of(c).equals(value)).findFirst();
    }

    /**
     * The constant among {@code constants} that {@code value} names.
     *
     * @param what what the value names, for the message
     * @throws IllegalArgumentException ("unknown {@code what} '{@code value}' ({@link #list})") if none does
     */
    public static <E extends Enum<E>> E lookup(E[] constants, String what, String value) {
        return find(constants, value)
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + value + "' (" + list(constants) + ")"));
    }
}
