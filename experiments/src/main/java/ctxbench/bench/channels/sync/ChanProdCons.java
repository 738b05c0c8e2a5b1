package ctxbench.bench.channels.sync;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ProdCons;
import ctxbench.workloads.channels.ThreadKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * {@code ChanProdCons.transfer} with {@code impl=sync}, {@code cap=0}: the same workload and
 * measurement (ns per value) as {@link ctxbench.bench.channels.ChanProdCons}, over one
 * {@code SynchronousQueue} (see the package comment for why it is a separate class).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.sync.ChanProdCons' -prof gc}
 */
public class ChanProdCons extends SyncQueueBench<ProdCons> {
    /** Producers x consumers. */
    @Param({"1x1", "2x2", "4x4"})
    public String pc;

    /** Moves one batch from the producers to the consumers. */
    @Benchmark
    @OperationsPerInvocation(ProdCons.BATCH)
    public void transfer() throws InterruptedException {
        workload.transferBatch();
    }

    /** Makes the queue and starts the producer and consumer peers. */
    @Override
    protected ProdCons start(PipeImpl impl, int cap, ThreadKind threads) {
        return ProdCons.start(impl, cap, pc, threads);
    }
}
