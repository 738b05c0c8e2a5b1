package ctxbench.bench.channels;

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
 * {@code ChanSelect.recv} (docs/benchmarks.md): one receive through the model's {@code select}
 * over {@code cases} unbuffered channels that a producer goroutine feeds round-robin
 * ({@link SelectRecv}). Go mirror: {@code BenchmarkChanSelect_recv/cases=…}
 * (experiments/go/channels). The model only: no other implementation has a {@code select}.
 *
 * <p>Measures {@code selectgo}: lock the cases' channels in id order, poll them in random order,
 * and when no sender waits, enqueue a sudog on every channel, park, and on wake-up unlink the
 * others. Whether the select finds the producer already waiting (no park) depends on the two
 * threads' relative speed, which differs between Go and the model.
 *
 * <p>Allocation: per select, the model's two order arrays (Go keeps them on the stack) and, when
 * it parks, a waiter and {@code cases} sudogs; the producer's parked sends allocate a waiter and a
 * sudog each. Escape analysis may remove the order arrays (they do not leave {@code selectgo})
 * when everything inlines; the sudogs are shared and stay.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.ChanSelect' -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChanSelect {
    /** How many channels the select waits on. */
    @Param({"2", "4"})
    public int cases;

    private SelectRecv select;

    /** Makes the channels and starts the producer goroutine, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        select = SelectRecv.start(cases);
    }

    /** Ends the producer; throws (fails the trial) rather than hang if it cannot. */
    @TearDown(Level.Trial)
    public void stop() {
        select.stop();
    }

    /** One select receive; returns the value received. */
    @Benchmark
    public Integer recv() {
        return select.recv();
    }
}
