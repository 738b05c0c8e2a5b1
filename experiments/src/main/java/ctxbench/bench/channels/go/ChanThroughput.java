package ctxbench.bench.channels.go;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.Transfer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * {@code ChanThroughput.transfer} with {@code impl=model} on the goroutine runtime {@code sched}
 * (default {@code go}, see the package comment): ns per value moved from a producer goroutine to
 * the measured goroutine over one channel of capacity {@code cap} ({@link Transfer}, the workload
 * of {@link ctxbench.bench.channels.ChanThroughput}). Go mirror:
 * {@code BenchmarkChanThroughput_transfer/cap=…} (experiments/go/channels).
 *
 * <p>Measures: with {@code cap 0} a rendezvous per value: the receiver parks, the producer's send
 * hands the value over and readies it into the producer's P's {@code runnext}, so on one P the two
 * Gs alternate as in Go; with a buffer the two sides run ahead of each other and park only when it
 * is full or empty. Each invocation receives {@value #BATCHES} of {@link Transfer}'s batches
 * ({@code @OperationsPerInvocation}) on one goroutine ({@link Goroutines#run}); the batch's start
 * and end and the producer's per-batch grant (a channel operation per {@link Transfer#BATCH}
 * values) are under 1% of it.
 *
 * <p>What could fool it: as in Go, whether producer and consumer share a P or run on both (and
 * then wake each other's M) decides much of the result; the machine's other load deschedules the
 * Ms. The producer starts once per trial.
 *
 * <p>Allocation: none per value while neither side parks (cached {@code Integer}s); a park
 * allocates a waiter and a sudog.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.go.ChanThroughput' -prof gc}
 * ({@code 'channels.*ChanThroughput'} runs every class of the benchmark). The forks get the
 * JDK-internal export the {@code go} runtime needs from {@code @Fork(jvmArgsPrepend)}.
 */
public class ChanThroughput extends GoSchedBench<Transfer> {
    /** {@link Transfer} batches per invocation. */
    static final int BATCHES = 4;
    /** Values per invocation. */
    static final int VALUES = BATCHES * Transfer.BATCH;

    /** Capacity of the channel. */
    @Param({"0", "1", "16", "100", "1024"})
    public int cap;

    /** Makes the channel and starts the producer goroutine. */
    @Override
    protected Transfer start(PipeImpl impl, ThreadKind peers) {
        return Transfer.start(impl, cap, peers);
    }

    /** {@value #BATCHES} of Transfer's batches; returns the sum of the values received. */
    @Override
    protected int ops() throws InterruptedException {
        int sum = 0;
        for (int i = 0; i < BATCHES; i++) {
            sum += workload.transferBatch();
        }
        return sum;
    }

    /** Receives {@value #VALUES} values; returns their sum ({@value #BATCHES} × Transfer's batch sum). */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public int transfer() {
        return runBatch();
    }
}
