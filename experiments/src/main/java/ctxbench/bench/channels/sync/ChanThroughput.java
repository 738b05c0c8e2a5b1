package ctxbench.bench.channels.sync;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.Transfer;
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
 * {@code ChanThroughput.transfer} with {@code impl=sync}, {@code cap=0}: the same workload and
 * measurement (ns per value) as {@link ctxbench.bench.channels.ChanThroughput}, over a
 * {@code SynchronousQueue} (see the package comment for why it is a separate class).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.sync.ChanThroughput' -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ChanThroughput {
    /** Capacity: a {@code SynchronousQueue} has none. */
    @Param({"0"})
    public int cap;

    /** The channel implementation: {@code SynchronousQueue}. */
    @Param({"sync"})
    public String impl;

    /** What the producer peer is. */
    @Param({"platform", "virtual"})
    public String threads;

    private Transfer transfer;

    /** Makes the queue and starts the producer, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        transfer = Transfer.start(PipeImpl.of(impl), cap, ThreadKind.of(threads));
    }

    /** Ends the producer; throws (fails the trial) rather than hang if it cannot. */
    @TearDown(Level.Trial)
    public void stop() {
        transfer.stop();
    }

    /** Receives one batch; returns its sum. */
    @Benchmark
    @OperationsPerInvocation(Transfer.BATCH)
    public int transfer() throws InterruptedException {
        return transfer.transferBatch();
    }
}
