package ctxbench.bench.channels.go;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.Transfer;
import ctxbench.runtime.Goroutines;
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
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsPrepend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ChanThroughput {
    /** {@link Transfer} batches per invocation. */
    static final int BATCHES = 4;
    /** Values per invocation. */
    static final int VALUES = BATCHES * Transfer.BATCH;

    /** Capacity of the channel. */
    @Param({"0", "1", "16", "100", "1024"})
    public int cap;

    /** The channel implementation: the model's only (see the package comment). */
    @Param({"model"})
    public String impl;

    /** The goroutine runtime of the measured side and the producer. */
    @Param({"go"})
    public String sched;

    private Transfer transfer;
    private int sum;
    private Runnable batch;

    /** Makes the channel and starts the producer goroutine, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        transfer = Transfer.start(PipeImpl.of(impl), cap, ThreadKind.ofSched(sched));
        batch = () -> {
            int s = 0;
            try {
                for (int i = 0; i < BATCHES; i++) {
                    s += transfer.transferBatch();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException("the model's channels are not interruptible", e);
            }
            sum = s;
        };
    }

    /** Ends the producer; throws (fails the trial) rather than hang if it cannot. */
    @TearDown(Level.Trial)
    public void stop() {
        transfer.stop();
    }

    /** Receives {@value #VALUES} values; returns their sum ({@value #BATCHES} × Transfer's batch sum). */
    @Benchmark
    @OperationsPerInvocation(VALUES)
    public int transfer() {
        Goroutines.run(sched, batch);
        return sum;
    }
}
