package ctxbench.bench.channels.sync;

import ctxbench.workloads.channels.PingPong;
import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code ChanPingPong.roundTrip} with {@code impl=sync}, {@code cap=0}: the same workload and
 * measurement as {@link ctxbench.bench.channels.ChanPingPong}, over two {@code SynchronousQueue}s
 * (see the package comment for why it is a separate class).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.sync.ChanPingPong' -prof gc}
 * ({@code 'channels.*ChanPingPong'} runs both classes).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ChanPingPong {
    /** Capacity: a {@code SynchronousQueue} has none. */
    @Param({"0"})
    public int cap;

    /** The channel implementation: {@code SynchronousQueue}. */
    @Param({"sync"})
    public String impl;

    /** What the echo peer is. */
    @Param({"platform", "virtual"})
    public String threads;

    private PingPong pingPong;
    private int next;

    /** Makes the queues and starts the echo peer, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        pingPong = PingPong.start(PipeImpl.of(impl), cap, ThreadKind.of(threads));
    }

    /** Ends the echo peer; throws (fails the trial) rather than hang if it cannot. */
    @TearDown(Level.Trial)
    public void stop() {
        pingPong.stop();
    }

    /** One round trip; returns the echoed value. */
    @Benchmark
    public Integer roundTrip() throws InterruptedException {
        return pingPong.roundTrip(next++ & 127);
    }
}
