package ctxbench.examples;

import ctxbench.errors.GoError;

/**
 * Go: the error of {@code fmt.Errorf("prefix: %w", err)} ({@code fmt.wrapError}): the text
 * {@code "prefix: " + err.Error()}, and {@code err} kept for {@code errors.Unwrap}/{@code errors.Is}.
 *
 * @param prefix  the text before {@code ": %w"}
 * @param wrapped the wrapped error ({@code Unwrap()})
 */
public record WrappedError(String prefix, GoError wrapped) implements GoError {
    @Override
    public String error() {
        return prefix + ": " + wrapped.error();
    }

    /** Go: {@code errors.Unwrap(err)}. */
    public GoError unwrap() {
        return wrapped;
    }

    @Override
    public String toString() {
        return error();
    }
}
