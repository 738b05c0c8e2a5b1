package ctxbench.bench.channels.sync;

import ctxbench.workloads.channels.PingPong;
import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * {@code ChanPingPong.roundTrip} with {@code impl=sync}, {@code cap=0}: the same workload and
 * measurement as {@link ctxbench.bench.channels.ChanPingPong}, over two {@code SynchronousQueue}s
 * (see the package comment for why it is a separate class).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.sync.ChanPingPong' -prof gc}
 * ({@code 'channels.*ChanPingPong'} runs both classes).
 */
public class ChanPingPong extends SyncQueueBench<PingPong> {
    private int next;

    /** One round trip; returns the echoed value. */
    @Benchmark
    public Integer roundTrip() throws InterruptedException {
        return workload.roundTrip(next++ & 127);
    }

    /** Makes the two queues and starts the echo peer. */
    @Override
    protected PingPong start(PipeImpl impl, int cap, ThreadKind threads) {
        return PingPong.start(impl, cap, threads);
    }
}
