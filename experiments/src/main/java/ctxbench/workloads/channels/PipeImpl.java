package ctxbench.workloads.channels;

import ctxbench.results.ParamValues;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * The {@code impl} parameter of the channel suite (docs/benchmarks.md): which channel
 * implementation a {@link Pipe} uses, and which capacities it exists for.
 */
public enum PipeImpl {
    /** The model's {@code ctxbench.runtime.Chan}: {@code make(chan T, cap)}. */
    MODEL,
    /** {@code ArrayBlockingQueue(max(cap,1))}: with {@code cap = 0} a one-slot buffer, not a rendezvous. */
    ABQ,
    /** {@code SynchronousQueue}: a rendezvous, so {@code cap = 0} only. */
    SYNC,
    /** {@code LinkedTransferQueue}: {@code transfer} for {@code cap = 0}, else unbounded {@code put}. */
    LTQ,
    /** softwaremill jox: {@code newRendezvousChannel()} / {@code newBufferedChannel(cap)}. */
    JOX;

    /** The name used as the JMH {@code impl} parameter value: the constant's name in lower case. */
    public final String param = ParamValues.of(this);

    /** The implementation named by a JMH {@code impl} value. */
    public static PipeImpl of(String param) {
        return ParamValues.lookup(values(), "impl", param);
    }

    /** Whether this implementation exists with capacity {@code cap} (only {@link #SYNC} has a gap: {@code cap > 0}). */
    public boolean supports(int cap) {
        return cap >= 0 && (this != SYNC || cap == 0);
    }

    /**
     * A new, empty pipe of capacity {@code cap}.
     *
     * @throws IllegalArgumentException when the combination does not exist ({@link #supports} is false):
     *                                  it is skipped, never approximated by another one
     */
    public <T> Pipe<T> make(int cap) {
        if (!supports(cap)) {
            throw new IllegalArgumentException("impl=" + param + " does not exist with cap=" + cap);
        }
        return switch (this) {
            case MODEL -> new ModelChanPipe<>(cap);
            case ABQ -> JdkQueuePipe.putting(new ArrayBlockingQueue<>(Math.max(cap, 1)));
            case SYNC -> JdkQueuePipe.putting(new SynchronousQueue<>());
            case LTQ -> cap == 0
                    ? JdkQueuePipe.transferring(new LinkedTransferQueue<>())
                    : JdkQueuePipe.putting(new LinkedTransferQueue<>());
            case JOX -> new JoxPipe<>(cap);
        };
    }
}
