package ctxbench.bench.channels.go;

import ctxbench.bench.GoroutineBatch;
import ctxbench.bench.channels.ChannelBench;
import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.Workload;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The parameters every class of this package shares ({@code impl=model}, {@code sched=go}, see
 * the package comment), the set-up that makes the subclass's workload with peers of that
 * goroutine runtime, and the batch each invocation runs on one goroutine of it
 * ({@link GoroutineBatch}). The forks get the JDK-internal export the {@code go} runtime needs
 * from {@code @Fork(jvmArgsPrepend)}.
 *
 * @param <W> the workload
 */
@Fork(value = 1, jvmArgsPrepend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public abstract class GoSchedBench<W extends Workload> extends ChannelBench<W> {
    /** The channel implementation: the model's only (see the package comment). */
    @Param({"model"})
    public String impl;

    /** The goroutine runtime of the measured side and the peers. */
    @Param({"go"})
    public String sched;

    private GoroutineBatch batch;

    /** Makes the channels and starts the peer goroutines, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        workload = start(PipeImpl.of(impl), ThreadKind.ofSched(sched));
        batch = new GoroutineBatch(sched, () -> {
            try {
                return ops();
            } catch (InterruptedException e) {
                throw new IllegalStateException("the model's channels are not interruptible", e);
            }
        });
    }

    /** Runs {@link #ops} on a goroutine of {@code sched}; returns what it returned. */
    protected final int runBatch() {
        return batch.run();
    }

    /**
     * The subclass's workload on {@code impl} with its peers goroutines of {@code sched}.
     *
     * @throws IllegalArgumentException for an {@code impl} that would block a G's carrier (the set-up fails)
     */
    protected abstract W start(PipeImpl impl, ThreadKind peers);

    /** One invocation's operations, on the measured goroutine; returns a sum of what they received (or 0). */
    protected abstract int ops() throws InterruptedException;
}
