package ctxbench.bench.channels;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.ProdCons;
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
 * {@code ChanProdCons.transfer} (docs/benchmarks.md): ns per value through one channel of capacity
 * {@code cap} shared by N producer and M consumer peers ({@code pc = NxM}; {@link ProdCons}). Go
 * mirror: {@code BenchmarkChanProdCons_transfer/pc=…/cap=…} (experiments/go/channels).
 *
 * <p>One invocation moves {@link ProdCons#BATCH} values ({@code @OperationsPerInvocation}), so
 * the score is ns per value, wall time of the whole group. It measures contention on the channel
 * and, with 4x4 on this machine's 2 cores, mostly parking and waking. The measured thread only
 * starts and awaits each batch. {@code impl=sync} has its own class,
 * {@link ctxbench.bench.channels.sync.ChanProdCons}, with the same benchmark name, and so has the
 * model on its own goroutine scheduler ({@code sched=go}, the rows that stand beside Go's),
 * {@link ctxbench.bench.channels.go.ChanProdCons}.
 *
 * <p>Allocation: as {@link ChanThroughput}, plus the batch's start and end hand-offs (a few
 * objects per batch, amortized to ~0 B per value).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.*ChanProdCons' -prof gc} (with the
 * {@code impl=sync} rows of {@code channels.sync.ChanProdCons} and the {@code sched=go} rows of
 * {@code channels.go.ChanProdCons}; {@code 'channels.ChanProdCons'} alone runs this class only)
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

    /** Capacity of the channel. */
    @Param({"0", "100"})
    public int cap;

    /** The channel implementation ({@link PipeImpl}); {@code sync} runs in its own class. */
    @Param({"model", "abq", "ltq", "jox"})
    public String impl;

    /** What the producer and consumer peers are ({@link ThreadKind}). */
    @Param({"platform", "virtual"})
    public String threads;

    private ProdCons prodCons;

    /** Makes the channel and starts the peers, outside the measurement. */
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
