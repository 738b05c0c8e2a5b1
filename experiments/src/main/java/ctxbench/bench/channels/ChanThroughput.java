package ctxbench.bench.channels;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.Transfer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * {@code ChanThroughput.transfer} (docs/benchmarks.md): ns per value moved from a producer peer to
 * the measured thread over one channel of capacity {@code cap} ({@link Transfer}). Go mirror:
 * {@code BenchmarkChanThroughput_transfer/cap=…} (experiments/go/channels).
 *
 * <p>One invocation receives {@link Transfer#BATCH} values ({@code @OperationsPerInvocation}), so
 * the score is ns per value. With {@code cap 0} every value is a rendezvous; with a buffer the two
 * sides run ahead of each other and park only when it is full or empty, so the cost per value
 * should fall as {@code cap} grows. {@code abq} with {@code cap 0} is a one-slot queue;
 * {@code ltq} with {@code cap > 0} is unbounded ({@code put} never blocks), so every {@code cap > 0}
 * is the same for it. {@code impl=sync} has its own class,
 * {@link ctxbench.bench.channels.sync.ChanThroughput}, with the same benchmark name, and so has the
 * model on its own goroutine scheduler ({@code sched=go}, the rows that stand beside Go's),
 * {@link ctxbench.bench.channels.go.ChanThroughput}. Here the measured thread is JMH's (virtual
 * under {@code bench.sh}'s {@code -Djmh.executor=VIRTUAL}).
 *
 * <p>Allocation: none per value on the model and jox while neither side parks (cached
 * {@code Integer}s); a park allocates a waiter and sudog (model), a node per value for the
 * linked JDK queues. Escape analysis cannot remove them: they are shared with the other thread.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.*ChanThroughput' -prof gc} (with the
 * {@code impl=sync} rows of {@code channels.sync.ChanThroughput} and the {@code sched=go} rows of
 * {@code channels.go.ChanThroughput}; {@code 'channels.ChanThroughput'} alone runs this class only)
 */
public class ChanThroughput extends ThreadPeersBench<Transfer> {
    /** Capacity of the channel. */
    @Param({"0", "1", "16", "100", "1024"})
    public int cap;

    /** Receives one batch; returns its sum. */
    @Benchmark
    @OperationsPerInvocation(Transfer.BATCH)
    public int transfer() throws InterruptedException {
        return workload.transferBatch();
    }

    /** Makes the channel and starts the producer. */
    @Override
    protected Transfer start(PipeImpl impl, ThreadKind threads) {
        return Transfer.start(impl, cap, threads);
    }
}
