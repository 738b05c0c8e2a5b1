package ctxbench.errors;

/**
 * Go's {@code error} interface: a value that describes a failure. Errors are returned and
 * compared, never thrown (Go's panics are {@link ctxbench.runtime.GoPanic}).
 */
public interface GoError {
    /** Go: {@code Error() string}. */
    String error();

    /** Go: {@code errors.New(text)}: a distinct error value with that text. */
    static GoError of(String text) {
        return new TextError(text);
    }

    /** Go: {@code errors.errorString}. Identity, not text, tells two such errors apart. */
    final class TextError implements GoError {
        private final String text;

        private TextError(String text) {
            this.text = text;
        }

        @Override
        public String error() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
