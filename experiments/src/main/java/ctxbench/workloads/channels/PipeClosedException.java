package ctxbench.workloads.channels;

/**
 * Thrown by {@link Pipe#put} and {@link Pipe#take} once the pipe was closed for tear-down: the
 * normal way a workload's peer thread leaves its loop (see {@link PeerGroup}).
 */
public final class PipeClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PipeClosedException(Throwable cause) {
        super("pipe closed", cause);
    }

    PipeClosedException() {
        super("pipe closed");
    }
}
