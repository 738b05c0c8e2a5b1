package ctxbench.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A result file that cannot be read as what it claims to be. The message names the file and,
 * where it applies, the line: {@code results.csv:7: score 'x' is not a number}.
 */
public final class MalformedResultsException extends IOException {
    private static final long serialVersionUID = 1L;

    /** A problem with the file as a whole (empty, wrong header, not JSON, ...). */
    public MalformedResultsException(Path file, String what) {
        super(file + ": " + what);
    }

    /** A problem on one line (1-based) of the file. */
    public MalformedResultsException(Path file, int line, String what) {
        super(file + ":" + line + ": " + what);
    }
}
