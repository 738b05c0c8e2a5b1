package ctxbench.bench.channels;

import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.channels.PingPong;
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
 * {@code ChanPingPong.roundTrip} (docs/benchmarks.md): one round trip of a value between the
 * measured thread and an echo peer over two channels of capacity {@code cap} ({@link PingPong}).
 * Go mirror: {@code BenchmarkChanPingPong_roundTrip/cap=…} (experiments/go/channels).
 *
 * <p>Measures: two hand-offs, usually two park/unpark pairs: mostly the wake-up latency of the
 * {@code threads} kind (a virtual thread is unparked onto a carrier of the ForkJoinPool, a platform
 * thread by the OS) plus each implementation's own code ({@code impl}). With {@code abq},
 * {@code cap} 0 and 1 are the same one-slot queue. {@code impl=sync} (a rendezvous only) has
 * its own class, {@link ctxbench.bench.channels.sync.ChanPingPong}, whose rows carry the same
 * benchmark name, so no invalid combination ever runs; so has the model on its own goroutine
 * scheduler ({@code sched=go}, the rows that stand beside Go's),
 * {@link ctxbench.bench.channels.go.ChanPingPong}.
 *
 * <p>Allocation: none per op on the model ({@code Integer}s 0..127 are cached) unless an operation
 * parks: then the model allocates a waiter and a sudog (Go recycles its sudogs), the JDK queues a
 * node ({@code SynchronousQueue}, {@code LinkedTransferQueue}), jox its cell state. The measured
 * thread is JMH's, one round trip per call (a virtual thread under {@code bench.sh}'s
 * {@code -Djmh.executor=VIRTUAL}, else a platform thread, whose wake-ups the OS makes); the echo
 * peer follows {@code threads}.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.*ChanPingPong' -prof gc} (with the
 * {@code impl=sync} rows of {@code channels.sync.ChanPingPong} and the {@code sched=go} rows of
 * {@code channels.go.ChanPingPong}; {@code 'channels.ChanPingPong'} alone runs this class only)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ChanPingPong {
    /** Capacity of both channels. */
    @Param({"0", "1"})
    public int cap;

    /** The channel implementation ({@link PipeImpl}); {@code sync} runs in its own class. */
    @Param({"model", "abq", "ltq", "jox"})
    public String impl;

    /** What the echo peer is ({@link ThreadKind}). */
    @Param({"platform", "virtual"})
    public String threads;

    private PingPong pingPong;
    private int next;

    /** Makes the channels and starts the echo peer, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        pingPong = PingPong.start(PipeImpl.of(impl), cap, ThreadKind.of(threads));
    }

    /** Ends the echo peer; throws (fails the trial) rather than hang if it cannot. */
    @TearDown(Level.Trial)
    public void stop() {
        pingPong.stop();
    }

    /** One round trip; returns the echoed value (a changing value, so nothing is constant-folded). */
    @Benchmark
    public Integer roundTrip() throws InterruptedException {
        return pingPong.roundTrip(next++ & 127);
    }
}
