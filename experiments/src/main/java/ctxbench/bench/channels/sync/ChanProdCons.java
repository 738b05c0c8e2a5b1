package ctxbench.bench.channels.sync;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ProdCons;
import ctxbench.workloads.channels.ThreadKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code ChanProdCons.transfer} with {@code impl=sync}, {@code cap=0}: the same workload and
 * measurement (ns per value) as {@link ctxbench.bench.channels.ChanProdCons}, over one
 * {@code SynchronousQueue} (see the package comment for why it is a separate class).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.sync.ChanProdCons' -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ChanProdCons {
    /** Producers x consumers. */
    @Param({"1x1", "2x2", "4x4"})
    public String pc;

    /** Capacity: a {@code SynchronousQueue} has none. */
    @Param({"0"})
    public int cap;

    /** The channel implementation: {@code SynchronousQueue}. */
    @Param({"sync"})
    public String impl;

    /** What the producer and consumer peers are. */
    @Param({"platform", "virtual"})
    public String threads;

    private ProdCons prodCons;

    /** Makes the queue and starts the peers, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        prodCons = ProdCons.start(PipeImpl.of(impl), cap, pc, ThreadKind.of(threads));
    }

    /** Ends the peers; throws (fails the trial) rather than hang if it cannot. */
    @TearDown(Level.Trial)
    public void stop() {
        prodCons.stop();
    }

    /** Moves one batch from the producers to the consumers. */
    @Benchmark
    @OperationsPerInvocation(ProdCons.BATCH)
    public void transfer() throws InterruptedException {
        prodCons.transferBatch();
    }
}
