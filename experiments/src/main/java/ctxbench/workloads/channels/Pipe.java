package ctxbench.workloads.channels;

/**
 * A one-way channel between goroutines (or threads): the one operation pair every channel workload
 * needs, so each workload ({@link PingPong}, {@link Transfer}, {@link ProdCons}) is written once
 * and runs on every implementation in {@link PipeImpl}.
 *
 * <p>Go: {@code c <- v} ({@link #put}) and {@code v := <-c} ({@link #take}) on a {@code chan T};
 * {@link #close} plays {@code close(c)} for the workloads' tear-down only. Values must not be
 * {@code null} (as in a {@link java.util.concurrent.BlockingQueue}).
 *
 * <p>Ending: after {@link #close}, {@code put} and {@code take} on the model and on jox throw
 * {@link PipeClosedException}, including in threads already blocked in them. The JDK queues have no
 * close; their blocked threads are released by {@link Thread#interrupt}, which {@link PeerGroup}
 * sends as well (the model's channel ignores interrupts, as a goroutine cannot be interrupted).
 *
 * @param <T> the element type
 */
public interface Pipe<T> {
    /** Go: {@code c <- v}. Blocks while the pipe is full (always, until a taker comes, when it has no buffer). */
    void put(T v) throws InterruptedException;

    /** Go: {@code <-c}. Blocks until a value is there. */
    T take() throws InterruptedException;

    /** Releases blocked threads for tear-down where the implementation can (see the class comment). Idempotent. */
    void close();
}
