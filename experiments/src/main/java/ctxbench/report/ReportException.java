package ctxbench.report;

/**
 * Input the report cannot be built from: a missing or malformed run folder, an unknown or broken
 * marker in REPORT.md, a chart the run should have but does not. The message is one line, printed
 * as {@code report: <message>}.
 */
public final class ReportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}. */
    public ReportException(String message) {
        super(message);
    }
}
