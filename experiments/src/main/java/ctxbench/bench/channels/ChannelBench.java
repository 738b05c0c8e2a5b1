package ctxbench.bench.channels;

import ctxbench.bench.JmhDefaults;
import ctxbench.workloads.channels.Workload;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every class of the channel suite shares: a per-thread JMH state holding the trial's
 * {@link Workload} (made by the subclass's set-up, outside the measurement) and ending its peers
 * at the end of the trial. The run settings are {@link JmhDefaults}. No benchmarks of its own;
 * the families below it hold the parameters their classes share ({@link ThreadPeersBench},
 * {@link ctxbench.bench.channels.sync.SyncQueueBench}, {@link ctxbench.bench.channels.go.GoSchedBench}).
 *
 * @param <W> the workload
 */
@State(Scope.Thread)
public abstract class ChannelBench<W extends Workload> extends JmhDefaults {
    /** The trial's workload, started by the subclass's {@code @Setup}. */
    protected W workload;

    /** Ends the workload's peers; throws (fails the trial) rather than hang if it cannot. */
    @TearDown(Level.Trial)
    public void stop() {
        workload.stop();
    }
}
