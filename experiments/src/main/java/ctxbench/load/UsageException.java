package ctxbench.load;

/** Bad input to {@code scripts/load.sh} or {@link LoadCli}: reported as one line {@code load: <message>}, exit 2, nothing written. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
