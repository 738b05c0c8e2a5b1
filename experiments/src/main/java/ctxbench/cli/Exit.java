package ctxbench.cli;

/**
 * The exit statuses of every command-line tool, in one place (docs/bad-input.md: {@code 2} bad
 * input with nothing written, {@code 1} a failure while working).
 */
public final class Exit {
    /** Done. */
    public static final int OK = 0;
    /** A failure while working: a file could not be read or written, a child process failed. */
    public static final int FAILED = 1;
    /** Bad input or usage: one line {@code tool: <what>} on stderr, nothing written. */
    public static final int BAD_INPUT = 2;
    /** {@code report.sh --check}: REPORT.md is out of date or links a missing image. */
    public static final int OUT_OF_DATE = 1;
    /** {@code compare.sh --fail-on-regression}: a significant regression beyond the limit. */
    public static final int REGRESSION = 3;

    private Exit() {
    }
}
