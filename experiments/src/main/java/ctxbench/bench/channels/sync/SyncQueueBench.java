package ctxbench.bench.channels.sync;

import ctxbench.bench.channels.ChannelBench;
import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.Workload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The parameters every class of this package shares, the one valid combination of a
 * {@code SynchronousQueue} ({@code impl=sync}, {@code cap=0}) with either kind of peer thread, and
 * the set-up that makes the subclass's workload from them (see the package comment).
 *
 * @param <W> the workload
 */
public abstract class SyncQueueBench<W extends Workload> extends ChannelBench<W> {
    /** Capacity: a {@code SynchronousQueue} has none. */
    @Param({"0"})
    public int cap;

    /** The channel implementation: {@code SynchronousQueue}. */
    @Param({"sync"})
    public String impl;

    /** What the peers are. */
    @Param({"platform", "virtual"})
    public String threads;

    /** Makes the queues and starts the peers, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        workload = start(PipeImpl.of(impl), cap, ThreadKind.of(threads));
    }

    /**
     * The subclass's workload on {@code impl} of capacity {@code cap} with its peers of kind
     * {@code threads}.
     *
     * @throws IllegalArgumentException for a combination that does not exist, e.g. {@code -p cap=16} (the set-up fails)
     */
    protected abstract W start(PipeImpl impl, int cap, ThreadKind threads);
}
