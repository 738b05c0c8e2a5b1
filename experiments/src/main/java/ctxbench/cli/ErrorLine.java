package ctxbench.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The one line a command-line tool prints for a failure ({@code tool: <this line>}): every tool's
 * bad-input contract is one line on stderr, so an exception's message must not spill over lines
 * (Gson appends a "See https://..." line to its syntax errors) and must say what happened in words
 * (the JDK's {@link AccessDeniedException} carries only the path as its message; Gson wraps a
 * truncated file's {@code EOFException} into a message that starts with the class name).
 */
public final class ErrorLine {
    private ErrorLine() {
    }

    /** What {@code e} says, as one line: file-system errors as {@code <path>: <what>}, others by message. */
    public static String of(Throwable e) {
        String text = switch (e) {
            case AccessDeniedException f -> f.getFile() + ": permission denied";
            case NoSuchFileException f -> f.getFile() + ": no such file or folder";
            case FileAlreadyExistsException f -> f.getFile() + ": already exists";
            case DirectoryNotEmptyException f -> f.getFile() + ": folder not empty";
            case NotDirectoryException f -> f.getFile() + ": not a folder";
            case InterruptedException i -> "interrupted";
            case FileSystemException f when f.getFile() != null ->
                    f.getFile() + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
            // Throwable(cause) makes its message cause.toString(): say the cause's message instead
            default -> e.getCause() != null && e.getCause().toString().equals(e.getMessage()) ? of(e.getCause())
                    : e.getMessage() == null ? e.toString() : e.getMessage();
        };
        return firstLine(text);
    }

    /** The first line of {@code text} (a message may carry a hint or a stack excerpt on later lines). */
    public static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
