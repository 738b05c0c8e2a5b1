package ctxbench.compare;

/** Input that compare cannot work with; the message is the one line it prints after {@code compare: }. */
final class CompareException extends Exception {
    private static final long serialVersionUID = 1L;

    CompareException(String message) {
        super(message);
    }
}
