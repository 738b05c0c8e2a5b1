package ctxbench.context;

import ctxbench.errors.TimeoutError;

/**
 * Go: {@code context.deadlineExceededError}, the type of {@link Context#DEADLINE_EXCEEDED}:
 * "context deadline exceeded", a temporary timeout.
 */
final class DeadlineExceededError implements TimeoutError {
    static final DeadlineExceededError INSTANCE = new DeadlineExceededError();

    private DeadlineExceededError() {}

    @Override
    public String error() {
        return "context deadline exceeded";
    }

    @Override
    public boolean timeout() {
        return true;
    }

    @Override
    public boolean temporary() {
        return true;
    }

    @Override
    public String toString() {
        return error();
    }
}
