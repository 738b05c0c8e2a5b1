package ctxbench.bench.channels.go;

import ctxbench.workloads.channels.PingPong;
import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * {@code ChanPingPong.roundTrip} with {@code impl=model} on the goroutine runtime {@code sched}
 * (default {@code go}, see the package comment): the workload of
 * {@link ctxbench.bench.channels.ChanPingPong} ({@link PingPong}), with the measured side a
 * goroutine too. Go mirror: {@code BenchmarkChanPingPong_roundTrip/cap=…} (experiments/go/channels).
 *
 * <p>Measures: per round trip two hand-offs between two Gs: with {@code cap 0}, the sender finds
 * the receiver parked (or parks itself), the model's {@code send} readies the partner into the
 * current P's {@code runnext} and the sender's next receive parks, so the partner runs next on the
 * same P, as in Go: mostly the model's park/ready and the continuation switch, no OS wake-up. Each
 * invocation is a batch of {@value #BATCH} round trips ({@code @OperationsPerInvocation}) on one
 * goroutine ({@link Goroutines#run}); the batch's start and end (about two thread wake-ups) are
 * under 1% of it.
 *
 * <p>What could fool it: whether the two Gs stay on one P (a ping-pong through {@code runnext},
 * which Go also does) or another M steals the readied one (then hand-offs wake an idle M) depends
 * on the idle Ms' spinning, the same race Go has; on a loaded machine the Ms are also descheduled
 * by the OS. The echo peer starts once per trial (the Go mirror starts it per run, amortized).
 *
 * <p>Allocation: a parked operation allocates a waiter and a sudog (Go recycles its sudogs); the
 * values are cached {@code Integer}s.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.go.ChanPingPong' -prof gc}
 * ({@code 'channels.*ChanPingPong'} runs every class of the benchmark). The forks get the
 * JDK-internal export the {@code go} runtime needs from {@code @Fork(jvmArgsPrepend)}.
 */
public class ChanPingPong extends GoSchedBench<PingPong> {
    /** Round trips per invocation: a few milliseconds; a multiple of 128, so every batch's sum is {@link #BATCH_SUM}. */
    static final int BATCH = 80 * 128;
    /** The sum of a batch's echoed values 0..127, 0..127, ... */
    static final int BATCH_SUM = BATCH / 128 * (127 * 128 / 2);

    /** Capacity of both channels. */
    @Param({"0", "1"})
    public int cap;

    /** {@value #BATCH} round trips. */
    @Override
    protected int ops() throws InterruptedException {
        return workload.roundTrips(BATCH);
    }

    /** Makes the two channels and starts the echo goroutine. */
    @Override
    protected PingPong start(PipeImpl impl, ThreadKind peers) {
        return PingPong.start(impl, cap, peers);
    }

    /** {@value #BATCH} round trips; returns the sum of the echoed values ({@link #BATCH_SUM}). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int roundTrip() {
        return runBatch();
    }
}
