package ctxbench.runtime;

/**
 * The two results of Go's {@code v, ok := <-c}: the value, and whether it was sent ({@code ok})
 * rather than the zero value of a closed channel.
 *
 * <p>Go returns both in registers; the model allocates this record unless escape analysis
 * removes it. Hot paths that only need the value use {@link Chan#recv()}.
 *
 * @param value the value received, {@code null} (the zero value) when {@code ok} is false
 * @param ok    true if the value was sent, false if the channel is closed and drained
 * @param <T>   the element type
 */
public record Received<T>(T value, boolean ok) {
    private static final Received<?> CLOSED = new Received<>(null, false);

    /** The result of a receive from a closed, drained channel. */
    @SuppressWarnings("unchecked")
    static <T> Received<T> closed() {
        return (Received<T>) CLOSED;
    }
}
