package ctxbench.bench.channels;

import ctxbench.workloads.channels.PingPong;
import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

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
public class ChanPingPong extends ThreadPeersBench<PingPong> {
    /** Capacity of both channels. */
    @Param({"0", "1"})
    public int cap;

    private int next;

    /** One round trip; returns the echoed value (a changing value, so nothing is constant-folded). */
    @Benchmark
    public Integer roundTrip() throws InterruptedException {
        return workload.roundTrip(next++ & 127);
    }

    /** Makes the two channels and starts the echo peer. */
    @Override
    protected PingPong start(PipeImpl impl, ThreadKind threads) {
        return PingPong.start(impl, cap, threads);
    }
}
