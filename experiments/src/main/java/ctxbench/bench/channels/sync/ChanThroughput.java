package ctxbench.bench.channels.sync;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.Transfer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * {@code ChanThroughput.transfer} with {@code impl=sync}, {@code cap=0}: the same workload and
 * measurement (ns per value) as {@link ctxbench.bench.channels.ChanThroughput}, over a
 * {@code SynchronousQueue} (see the package comment for why it is a separate class).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.sync.ChanThroughput' -prof gc}
 */
public class ChanThroughput extends SyncQueueBench<Transfer> {
    /** Receives one batch; returns its sum. */
    @Benchmark
    @OperationsPerInvocation(Transfer.BATCH)
    public int transfer() throws InterruptedException {
        return workload.transferBatch();
    }

    /** Makes the queue and starts the producer. */
    @Override
    protected Transfer start(PipeImpl impl, int cap, ThreadKind threads) {
        return Transfer.start(impl, cap, threads);
    }
}
