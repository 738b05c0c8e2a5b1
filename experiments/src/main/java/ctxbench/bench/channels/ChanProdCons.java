package ctxbench.bench.channels;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ProdCons;
import ctxbench.workloads.channels.ThreadKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

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
public class ChanProdCons extends ThreadPeersBench<ProdCons> {
    /** Producers x consumers. */
    @Param({"1x1", "2x2", "4x4"})
    public String pc;

    /** Capacity of the channel. */
    @Param({"0", "100"})
    public int cap;

    /** Moves one batch from the producers to the consumers. */
    @Benchmark
    @OperationsPerInvocation(ProdCons.BATCH)
    public void transfer() throws InterruptedException {
        workload.transferBatch();
    }

    /** Makes the channel and starts the producer and consumer peers. */
    @Override
    protected ProdCons start(PipeImpl impl, ThreadKind threads) {
        return ProdCons.start(impl, cap, pc, threads);
    }
}
