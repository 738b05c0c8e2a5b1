package ctxbench.bench.channels;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.Workload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The JVM comparison classes of the channel suite ({@link ChanPingPong}, {@link ChanThroughput},
 * {@link ChanProdCons}): the measured side is JMH's thread, the peers are threads of the kind
 * {@code threads}, and the channel is any implementation but {@code sync}, which exists for
 * {@code cap=0} only and so has classes of its own ({@code ctxbench.bench.channels.sync}). Each
 * subclass adds its own {@code cap} values and makes its workload in {@link #start(PipeImpl, ThreadKind)}.
 *
 * @param <W> the workload
 */
public abstract class ThreadPeersBench<W extends Workload> extends ChannelBench<W> {
    /** The channel implementation ({@link PipeImpl}); {@code sync} runs in its own classes. */
    @Param({"model", "abq", "ltq", "jox"})
    public String impl;

    /** What the peers are ({@link ThreadKind}). */
    @Param({"platform", "virtual"})
    public String threads;

    /** Makes the channels and starts the peers, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        workload = start(PipeImpl.of(impl), ThreadKind.of(threads));
    }

    /**
     * The subclass's workload on {@code impl} with its peers of kind {@code threads}.
     *
     * @throws IllegalArgumentException for a combination that does not exist (the set-up fails)
     */
    protected abstract W start(PipeImpl impl, ThreadKind threads);
}
