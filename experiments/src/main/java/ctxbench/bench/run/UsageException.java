package ctxbench.bench.run;

/** Bad input to {@code scripts/bench.sh} or its helper: reported as one line {@code bench: <message>}, exit 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A usage error with the message shown after {@code bench: }. */
    public UsageException(String message) {
        super(message);
    }
}
