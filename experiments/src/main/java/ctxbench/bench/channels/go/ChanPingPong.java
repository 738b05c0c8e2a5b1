package ctxbench.bench.channels.go;

import ctxbench.workloads.channels.PingPong;
import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
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
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsPrepend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ChanPingPong {
    /** Round trips per invocation: a few milliseconds; a multiple of 128, so every batch's sum is {@link #BATCH_SUM}. */
    static final int BATCH = 80 * 128;
    /** The sum of a batch's echoed values 0..127, 0..127, ... */
    static final int BATCH_SUM = BATCH / 128 * (127 * 128 / 2);

    /** Capacity of both channels. */
    @Param({"0", "1"})
    public int cap;

    /** The channel implementation: the model's only (see the package comment). */
    @Param({"model"})
    public String impl;

    /** The goroutine runtime of the measured side and the echo peer. */
    @Param({"go"})
    public String sched;

    private PingPong pingPong;
    private int sum;
    private Runnable batch;

    /** Makes the channels and starts the echo goroutine, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        pingPong = PingPong.start(PipeImpl.of(impl), cap, ThreadKind.ofSched(sched));
        batch = () -> {
            try {
                sum = pingPong.roundTrips(BATCH);
            } catch (InterruptedException e) {
                throw new IllegalStateException("the model's channels are not interruptible", e);
            }
        };
    }

    /** Ends the echo goroutine; throws (fails the trial) rather than hang if it cannot. */
    @TearDown(Level.Trial)
    public void stop() {
        pingPong.stop();
    }

    /** {@value #BATCH} round trips; returns the sum of the echoed values ({@link #BATCH_SUM}). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int roundTrip() {
        Goroutines.run(sched, batch);
        return sum;
    }
}
