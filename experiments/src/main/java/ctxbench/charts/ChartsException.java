package ctxbench.charts;

/** Input that charts cannot work with; the message is the one line it prints after {@code charts: }. */
final class ChartsException extends Exception {
    private static final long serialVersionUID = 1L;

    ChartsException(String message) {
        super(message);
    }
}
