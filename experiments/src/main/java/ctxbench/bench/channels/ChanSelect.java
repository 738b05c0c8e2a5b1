package ctxbench.bench.channels;

import ctxbench.bench.GoroutineBatch;
import ctxbench.runtime.Goroutines;
import ctxbench.workloads.channels.SelectRecv;
import ctxbench.workloads.channels.ThreadKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@code ChanSelect.recv} (docs/benchmarks.md): one receive through the model's {@code select}
 * over {@code cases} unbuffered channels that a producer goroutine feeds round-robin
 * ({@link SelectRecv}), on the goroutine runtime {@code sched} (Java only). Go mirror:
 * {@code BenchmarkChanSelect_recv/cases=…} (experiments/go/channels). The model only: no other
 * implementation has a {@code select}.
 *
 * <p>Measures {@code selectgo}: lock the cases' channels in id order, poll them in random order,
 * and when no sender waits, enqueue a sudog on every channel, park, and on wake-up unlink the
 * others. Whether the select finds the producer already waiting (no park) depends on the two
 * goroutines' relative speed, which differs between Go and the model.
 *
 * <p>The selects run inside a goroutine, as the Go mirror's loop runs in the benchmark goroutine:
 * each invocation is a batch of {@value #BATCH} selects ({@code @OperationsPerInvocation}) on one
 * goroutine of {@code sched} ({@link Goroutines#run}), and the producer is a goroutine of the same
 * runtime. {@code go}: Gs of the model's G/M/P scheduler, so a send that completes a parked select
 * readies the selecting G into the producer's P's {@code runnext}, as Go's {@code goready} does;
 * {@code vt}: virtual threads, woken through the ForkJoinPool. What could fool it: the batch's own
 * start and end (about two thread wake-ups under {@code go}; none under {@code vt} when JMH's
 * thread is virtual, as in every {@code bench.sh} profile) are shared by the batch, under 1%.
 *
 * <p>Allocation: per select, the model's two order arrays (Go keeps them on the stack) and, when
 * it parks, a waiter and {@code cases} sudogs; the producer's parked sends allocate a waiter and a
 * sudog each. Escape analysis may remove the order arrays (they do not leave {@code selectgo})
 * when everything inlines; the sudogs are shared and stay.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'channels.ChanSelect' -prof gc}.
 * The forks get the JDK-internal export the {@code go} runtime needs from
 * {@code @Fork(jvmArgsPrepend)}, so a command line's {@code -jvmArgsAppend} adds to it.
 */
@Fork(value = 1, jvmArgsPrepend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public class ChanSelect extends ChannelBench<SelectRecv> {
    /** Selects per invocation: a few milliseconds of work; a multiple of 128, see {@link #BATCH_SUM}. */
    static final int BATCH = 80 * 128;
    /**
     * The sum of every batch: the producer sends 0..127 round and round and each value arrives
     * once, in order (the channels are unbuffered), so any 128·k consecutive selects add up to
     * k·(0+…+127).
     */
    static final int BATCH_SUM = BATCH / 128 * (127 * 128 / 2);

    /** How many channels the select waits on. */
    @Param({"2", "4"})
    public int cases;

    /** Which goroutine runtime runs the selects and the producer: {@code go} (the model of Go's scheduler) or {@code vt} (virtual threads). */
    @Param({"go", "vt"})
    public String sched;

    /** {@value #BATCH} selects on a goroutine of {@code sched}. */
    private GoroutineBatch batch;

    /** Makes the channels and starts the producer goroutine, outside the measurement. */
    @Setup(Level.Trial)
    public void start() {
        workload = SelectRecv.start(cases, ThreadKind.ofSched(sched));
        batch = new GoroutineBatch(sched, () -> workload.recvs(BATCH));
    }

    /** {@value #BATCH} select receives; returns the sum of the values received ({@link #BATCH_SUM}). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int recv() {
        return batch.run();
    }
}
