package ctxbench.runtime;

/**
 * A Go panic, as an unchecked exception whose message is Go's own text (for example
 * {@code "send on closed channel"}), so tests and callers can match the exact message.
 *
 * <p>Go: {@code runtime.plainError} and the {@code panic(...)} calls of the modelled packages.
 */
public class GoPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates a panic whose message is Go's panic text. */
    public GoPanic(String message) {
        super(message);
    }
}
