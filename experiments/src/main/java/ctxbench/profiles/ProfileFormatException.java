package ctxbench.profiles;

/** A profile file that cannot be read: the message names the file and, where it can, the line. */
public final class ProfileFormatException extends Exception {
    public ProfileFormatException(String message) {
        super(message);
    }
}
