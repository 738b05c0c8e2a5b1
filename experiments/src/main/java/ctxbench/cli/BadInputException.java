package ctxbench.cli;

/**
 * Input a command-line tool cannot work with (a missing or malformed file, an option value out of
 * range): the tool prints the message as one line {@code tool: <message>}, writes nothing and exits
 * with {@link Exit#BAD_INPUT}.
 */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}, one line. */
    public BadInputException(String message) {
        super(message);
    }
}
