package ctxbench.time;

import java.util.Objects;
import java.util.function.Function;

/**
 * A process-wide choice of the model (which timer queue, which timer mode): the value last
 * {@link #set}, else the one a system property names, read and parsed at first use (a property
 * that is not set names the default). Cost of {@link #get()}: one volatile read once the value is
 * known; the first reads take this object's lock.
 *
 * @param <T> what is chosen
 */
final class ProcessSetting<T> {
    private final String property;
    private final String defaultName;
    private final Function<String, T> named;
    private volatile T value;

    /**
     * @param property    the system property naming the value
     * @param defaultName the name used when the property is not set
     * @param named       the value a name stands for; throws for an unknown name
     */
    ProcessSetting(String property, String defaultName, Function<String, T> named) {
        this.property = property;
        this.defaultName = defaultName;
        this.named = named;
    }

    /** The value last {@link #set}, else the property's (read once). */
    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = value = named.apply(System.getProperty(property, defaultName));
                }
            }
        }
        return v;
    }

    /** Makes {@code v} the value from now on; null is refused ({@link NullPointerException}). */
    void set(T v) {
        value = Objects.requireNonNull(v, property);
    }
}
