package ctxbench.bench.channels.go;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ProdCons;
import ctxbench.workloads.channels.ThreadKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * {@code ChanProdCons.transfer} with {@code impl=model} on the goroutine runtime {@code sched}
 * (default {@code go}, see the package comment): ns per value through one channel of capacity
 * {@code cap} shared by N producer and M consumer goroutines ({@code pc = NxM}; {@link ProdCons},
 * the workload of {@link ctxbench.bench.channels.ChanProdCons}). Go mirror:
 * {@code BenchmarkChanProdCons_transfer/pc=…/cap=…} (experiments/go/channels).
 *
 * <p>Measures: contention on the channel between N + M Gs on the scheduler's Ps (one per core,
 * as Go's GOMAXPROCS), mostly parking and readying with {@code cap 0} and 4x4. One invocation
 * moves {@link ProdCons#BATCH} values ({@code @OperationsPerInvocation}); the measured goroutine
 * ({@link Goroutines#run}) grants each producer its share and waits for every producer's end
 * marker, so the grants ready the producers from a goroutine, as the Go mirror's {@code go}
 * statements start them from one.
 *
 * <p>What could fool it: with more goroutines than Ps, which ones share a P and whether idle Ms
 * steal decides much of the result, in Go as here; the machine's other load deschedules the Ms.
 * The goroutines start once per trial (the Go mirror starts them per run, amortized).
 *
 * <p>Allocation: a parked operation allocates a waiter and a sudog; the batch's hand-offs a few
 * objects per batch (~0 B per value).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.go.ChanProdCons' -prof gc}
 * ({@code 'channels.*ChanProdCons'} runs every class of the benchmark). The forks get the
 * JDK-internal export the {@code go} runtime needs from {@code @Fork(jvmArgsPrepend)}.
 */
public class ChanProdCons extends GoSchedBench<ProdCons> {
    /** Capacity of the channel. */
    @Param({"0", "100"})
    public int cap;

    /** Producers x consumers. */
    @Param({"1x1", "2x2", "4x4"})
    public String pc;

    /** Makes the channel and starts the producer and consumer goroutines. */
    @Override
    protected ProdCons start(PipeImpl impl, ThreadKind peers) {
        return ProdCons.start(impl, cap, pc, peers);
    }

    /** One of ProdCons's batches; returns 0 (nothing is received on the measured side). */
    @Override
    protected int ops() {
        workload.transferBatch();
        return 0;
    }

    /** Moves one batch from the producers to the consumers. */
    @Benchmark
    @OperationsPerInvocation(ProdCons.BATCH)
    public void transfer() {
        runBatch();
    }
}
