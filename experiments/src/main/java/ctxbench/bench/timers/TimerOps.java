package ctxbench.bench.timers;

import ctxbench.bench.GoRuntimeJmhDefaults;
import ctxbench.bench.GoroutineBatch;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import ctxbench.workloads.queues.InstalledQueue;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of single timer operations as the timer queue grows: channel timers
 * ({@code kind=chan}: {@code time.NewTimer}) and function timers ({@code kind=func}:
 * {@code time.AfterFunc}) on each queue ({@code queue}, Java only) with {@code live} other idle
 * timers queued in {@link #setUp} and stopped in {@link #tearDown}: {@code AfterFunc(1h, f)} with
 * an empty {@code f} whatever the {@code kind} (one object each, no channel), as the Go mirror
 * sets them up. Mirrors {@code BenchmarkTimerOps_<method>/kind=…/live=…} of the Go mirror
 * ({@code experiments/go/timers}), which in turn follows Go's own {@code BenchmarkStop},
 * {@code BenchmarkReset} and {@code BenchmarkAfterFunc} (src/time/sleep_test.go).
 *
 * <ul>
 *   <li>{@link #createStop}: {@code NewTimer(1h).Stop()} / {@code AfterFunc(1h, f).Stop()}. On the
 *       Go heap Stop only marks the entry deleted; it leaves the heap when it surfaces or when
 *       deleted entries pass a quarter of the heap and the timer thread compacts it.</li>
 *   <li>{@link #createAbandon}: {@code NewTimer(200ms)} / {@code AfterFunc(200ms, f)} never
 *       stopped, as the seed's {@code time.After} and un-cancelled context leave them: live timers
 *       pile up to <em>rate × 200 ms</em> and then fire (a channel send, or a goroutine that runs
 *       the empty {@code f}) on the timer thread while the benchmark goes on.</li>
 *   <li>{@link #reset}: {@code t.Reset(1h)} of one long-lived timer that never fires (so no Stop
 *       and drain is needed first). On the Go heap a reset to a later time is a CAS that records
 *       {@code nextwhen}; the JDK queue and the wheel cancel and schedule anew.</li>
 *   <li>{@link #fire}: {@code <-NewTimer(0).C} / {@code AfterFunc(0, f)} and wait until {@code f}
 *       has run: the whole firing path, including the timer thread's wake-up and, for
 *       {@code func}, a goroutine start. The wheel fires on its next 1 ms tick, so its
 *       {@code fire} takes about 1 ms whatever else it does.</li>
 * </ul>
 * The idle timers are due in 1 h, after every timer the benchmark creates except
 * {@link #createStop}'s and {@link #reset}'s 1 h timers (due a little later still), so on the
 * 4-ary heap a new 1 h timer is appended without moving (the cost of {@code live} shows in the
 * firing and in memory, not in the sift), as in Go with the same set-up.
 *
 * <p>Allocation ({@code -prof gc}, all threads): a channel timer is the timer and its channel, a
 * function timer the timer alone ({@code f} is shared); the JDK queue adds a
 * {@code ScheduledFutureTask}, the wheel a {@code HashedWheelTimeout} and a task adapter. A fired
 * channel timer allocates the {@code Instant} it sends, a fired function timer a virtual thread.
 * Escape analysis cannot remove these: every timer escapes into its queue (the heap's array,
 * the executor's queue, the wheel's queue) even in {@link #createStop}.
 *
 * <p>Every operation runs inside a goroutine of the {@code sched} runtime (Java only), as the Go
 * mirror's {@code b.N} loop runs inside one: an invocation is a batch of operations
 * ({@code @OperationsPerInvocation}) on one goroutine ({@link Goroutines#run}). Under {@code go} the
 * timers go to the running P's heap and fire on the Ms ({@code fire}'s channel send readies the
 * waiting G into the M's P's {@code runnext}); under {@code vt} they fire on the queue's timer
 * thread and wake a virtual thread. The batch's start and end (about two thread wake-ups under
 * {@code go}, none under {@code vt} when JMH's thread is virtual: some 35 µs per invocation on a
 * 2-core VM) are shared by {@value #BATCH} operations ({@value #FIRE_BATCH} for {@link #fire}, so
 * that they add under 20 ns to a firing; with 100 per invocation they were a third of the model's
 * {@code fire} time). On the wheel a {@code fire} invocation takes about 2 s (one 1 ms tick per
 * timer), longer than an iteration: JMH then measures one invocation per iteration.
 *
 * <p>Blocking: only {@link #fire} blocks, until its timer fires, which it always does; the
 * trial's {@link #tearDown} stops every timer the set-up queued.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'timers.TimerOps' -prof gc}
 * (or {@code scripts/bench.sh --suite timers.TimerOps}). The forks get the JDK-internal export
 * the {@code go} runtime needs from {@code @Fork(jvmArgsPrepend)}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@OperationsPerInvocation(TimerOps.BATCH)
public class TimerOps extends GoRuntimeJmhDefaults {
    /** The idle timers' and the long-lived timers' duration. */
    static final Duration HOUR = Duration.ofHours(1);
    /** The abandoned timers' duration: the seed's 200 ms timeout. */
    static final Duration ABANDONED = Duration.ofMillis(200);
    /** The function of the idle timers and of every {@code func} timer except {@link #fire}'s. */
    static final Runnable NOTHING = () -> {};
    /** Operations per invocation of the non-blocking benchmarks (the class's {@code @OperationsPerInvocation}): about a millisecond of work. */
    static final int BATCH = 10_000;
    /** Timers fired per invocation of {@link #fire}: enough that the invocation's start and end (~35 µs) stay under 20 ns per firing. */
    static final int FIRE_BATCH = 2000;

    /** {@code chan} ({@code NewTimer}) or {@code func} ({@code AfterFunc}). */
    @Param({"chan", "func"})
    public String kind;

    /** Which timer queue: {@code go-heap} (the model of Go's heap), {@code jdk}, {@code wheel}. */
    @Param({"go-heap", "jdk", "wheel"})
    public String queue;

    /** Idle 1 h timers queued before the measurement. */
    @Param({"0", "1000", "100000", "1000000"})
    public int live;

    /** Which goroutine runtime runs the operations: {@code go} (the model of Go's scheduler) or {@code vt} (virtual threads). */
    @Param({"go", "vt"})
    public String sched;

    private boolean channelTimers;
    private InstalledQueue installed;
    private Timer[] idle;
    private Timer longLived;
    /** {@link #fire}'s function timer sends here; the benchmark's goroutine receives. */
    private Chan<Boolean> fired;
    private Runnable signalFired;
    /** The last timer {@link #createAbandon}'s batch created. */
    private Timer lastAbandoned;
    /** What {@link #fire}'s batch received last: the channel's time, or {@code TRUE} from {@code f}. */
    private Object lastFired;
    /** {@value #BATCH} create-and-stops; returns how many Stops returned true. */
    private GoroutineBatch createStopBatch;
    private Runnable createAbandonBatch;
    /** {@value #BATCH} resets; returns how many Resets returned true. */
    private GoroutineBatch resetBatch;
    private Runnable fireBatch;

    /** Installs the queue, queues {@code live} idle timers and {@link #reset}'s timer, on a goroutine of {@code sched}. */
    @Setup(Level.Trial)
    public void setUp() {
        channelTimers = switch (kind) {
            case "chan" -> true;
            case "func" -> false;
            default -> throw new IllegalArgumentException("unknown timer kind '" + kind + "' (known: chan, func)");
        };
        installed = InstalledQueue.install(queue, sched);
        Goroutines.run(sched, () -> {
            idle = new Timer[live];
            for (int i = 0; i < live; i++) {
                idle[i] = Time.afterFunc(HOUR, NOTHING);
            }
            longLived = newTimer(HOUR);
        });
        fired = new Chan<>(1);
        Chan<Boolean> signal = fired;
        signalFired = () -> signal.send(Boolean.TRUE);
        createStopBatch = new GoroutineBatch(sched, () -> {
            int stopped = 0;
            for (int i = 0; i < BATCH; i++) {
                stopped += newTimer(HOUR).stop() ? 1 : 0;
            }
            return stopped;
        });
        createAbandonBatch = () -> {
            Timer t = null;
            for (int i = 0; i < BATCH; i++) {
                t = newTimer(ABANDONED); // escapes into the queue: cannot be elided
            }
            lastAbandoned = t;
        };
        resetBatch = new GoroutineBatch(sched, () -> {
            int pending = 0;
            for (int i = 0; i < BATCH; i++) {
                pending += longLived.reset(HOUR) ? 1 : 0;
            }
            return pending;
        });
        fireBatch = () -> {
            Object v = null;
            for (int i = 0; i < FIRE_BATCH; i++) {
                v = fireOne();
            }
            lastFired = v;
        };
    }

    /** Stops every timer the set-up queued and restores the default queue. */
    @TearDown(Level.Trial)
    public void tearDown() {
        for (Timer t : idle) {
            t.stop();
        }
        longLived.stop();
        idle = null;
        installed.close();
    }

    /** {@code NewTimer(1h).Stop()} or {@code AfterFunc(1h, f).Stop()}; returns how many Stops returned true (all). */
    @Benchmark
    public int createStop() {
        return createStopBatch.run();
    }

    /** {@code t.Reset(1h)} of a pending timer; returns how many Resets returned true (all). */
    @Benchmark
    public int reset() {
        return resetBatch.run();
    }

    /** {@code NewTimer(200ms)} or {@code AfterFunc(200ms, f)}, never stopped; returns the batch's last timer. */
    @Benchmark
    public Timer createAbandon() {
        Goroutines.run(sched, createAbandonBatch);
        return lastAbandoned;
    }

    /** {@code <-NewTimer(0).C}, or {@code AfterFunc(0, f)} and wait for {@code f}; returns what was received last. */
    @Benchmark
    @OperationsPerInvocation(FIRE_BATCH)
    public Object fire() {
        Goroutines.run(sched, fireBatch);
        return lastFired;
    }

    private Object fireOne() {
        if (channelTimers) {
            return Time.newTimer(Duration.ZERO).c.recv();
        }
        Time.afterFunc(0L, signalFired);
        return fired.recv();
    }

    private Timer newTimer(Duration d) {
        return channelTimers ? Time.newTimer(d) : Time.afterFunc(d, NOTHING);
    }
}
