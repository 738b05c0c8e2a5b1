package ctxbench.errors;

/**
 * Go's convention {@code interface{ Timeout() bool }} (as in {@code net.Error}): an error that
 * reports whether it is a timeout.
 */
public interface TimeoutError extends GoError {
    /** Go: {@code Timeout() bool}. */
    boolean timeout();

    /** Go: {@code Temporary() bool}. */
    boolean temporary();
}
