package ctxbench.load;

import ctxbench.results.Params;
import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import ctxbench.workloads.queues.InstalledQueue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * How late each timer queue runs a timer: fire time − due time, measured on the queue's own
 * thread at the moment it runs the timer, while the queue holds many idle timers (as a busy
 * server's heap holds every pending request's timeout). Rows: {@code suite=load},
 * {@code benchmark=TimerLateness.fire}, params {@code idle}, {@code queue}, {@code sched}; file
 * {@code hdr/timer-lateness-<queue>-<sched>.hgrm}. Under {@code sched=go} the go-heap is Go's
 * layout, one heap per P run by the Ps' Ms ({@code ProcTimers}); under {@code vt} one heap with
 * its own timer thread.
 *
 * <p>The run: a fresh queue ({@link InstalledQueue}) is loaded with {@link Config#idle()} timers
 * due in an hour (never firing during the run; Go's {@code sleep_test.go} benchmarks pre-load 32K
 * per P the same way); then probe timers are added open-loop at {@link Config#rate()} per second,
 * each due {@link Config#delay()} after it was added, and each records, when the queue runs it,
 * how long after its due time that was. The probe is a bare {@link RuntimeTimer} added straight
 * to the queue, so no channel send or goroutine start is included: what is measured is the
 * queue's wake-up precision (a parked thread's timer slack, the wheel's 1 ms tick) and the work it
 * does per timer with that many idle entries (the heap's sift, the wheel's bucket walk). A warm-up
 * of the same load runs first, unrecorded.
 */
public final class TimerLateness {
    /** The benchmark name of the rows. */
    public static final String BENCHMARK = "TimerLateness.fire";
    /** When the idle timers are due: far beyond any run. */
    private static final Duration IDLE_DUE = Duration.ofHours(1);

    private TimerLateness() {
    }

    /**
     * One run's settings.
     *
     * @param queue    one of {@link InstalledQueue#NAMES}
     * @param sched    the goroutine runtime, {@code go} or {@code vt}: the JVM's ({@code ctxbench.sched}) when run
     * @param idle     timers pre-loaded, due in an hour
     * @param rate     probe timers added per second
     * @param duration how long probes are added for
     * @param delay    how far after being added each probe is due
     * @param warmup   how long the unrecorded warm-up adds probes (zero: none)
     */
    public record Config(String queue, String sched, int idle, double rate, Duration duration, Duration delay, Duration warmup) {
        /** Checks the settings. */
        public Config {
            LoadSched.check(sched);
            if (!InstalledQueue.NAMES.contains(queue)) {
                throw new IllegalArgumentException("unknown timer queue '" + queue + "' (known: " + String.join(", ", InstalledQueue.NAMES) + ")");
            }
            if (idle < 0) {
                throw new IllegalArgumentException("idle timers must not be negative");
            }
            OpenLoopSchedule.requireValidRate(rate);
            if (duration.isNegative() || duration.isZero() || delay.isNegative() || warmup.isNegative()) {
                throw new IllegalArgumentException("duration must be positive, delay and warm-up not negative");
            }
        }

        /** The rows' parameters. */
        public String params() {
            return Params.canonical(Map.of("queue", queue, "sched", sched, "idle", Integer.toString(idle)));
        }

        /** The hdr/ file name: {@code timer-lateness-<queue>-<sched>}. */
        public String fileName() {
            return "timer-lateness-" + queue + "-" + sched;
        }
    }

    /**
     * What one run measured.
     *
     * @param latenessNanos fire time − due time of every probe, ns
     * @param dispatch      how well probes were added at the rate
     * @param drained       whether every probe fired before the limit
     */
    public record Result(Config config, Histogram latenessNanos, OpenLoopDispatcher.Report dispatch, boolean drained) {
        /** One line for the console and env.json. */
        public String summary() {
            return "timer lateness on " + config.queue() + " with " + config.idle() + " idle timers, sched " + config.sched() + ": "
                    + latenessNanos.getTotalCount() + " timers, " + Summaries.percentiles(latenessNanos)
                    + (drained ? "" : " (NOT every probe fired within the limit)");
        }

        /**
         * Writes {@code hdr/timer-lateness-<queue>-<sched>.hgrm} and merges its rows ({@code p50}, {@code p99}, {@code p999},
         * {@code max} in µs) into results.csv.
         */
        public void writeTo(Path run) throws IOException {
            DistributionOutput.write(run, BENCHMARK, config.params(), config.fileName(), latenessNanos);
        }
    }

    /**
     * Runs {@code config} in this JVM.
     *
     * @throws IllegalStateException if the JVM's goroutine runtime is not {@link Config#sched()}
     */
    public static Result run(Config config) {
        LoadSched.requireThisJvm(config.sched());
        try (InstalledQueue installed = InstalledQueue.install(config.queue())) {
            TimerQueue queue = installed.queue();
            List<Idle> idle = addIdleTimers(queue, config.idle());
            Duration limit = config.delay().plusSeconds(10);
            if (!config.warmup().isZero()) {
                Probes warmup = new Probes(queue, config.delay(), new ConcurrentHistogram(3));
                warmup.run(config.rate(), config.warmup());
                warmup.drain(limit);
            }
            Probes measured = new Probes(queue, config.delay(), new ConcurrentHistogram(3));
            OpenLoopDispatcher.Report dispatch = measured.run(config.rate(), config.duration());
            boolean drained = measured.drain(limit);
            idle.forEach(queue::delete);
            return new Result(config, measured.lateness.copy(), dispatch, drained);
        }
    }

    private static List<Idle> addIdleTimers(TimerQueue queue, int count) {
        long due = Time.nanotime() + IDLE_DUE.toNanos();
        List<Idle> idle = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Idle t = new Idle();
            queue.add(t, due + i); // distinct due times, as real timers have
            idle.add(t);
        }
        return idle;
    }

    /** A timer that only waits: it is due long after the run ends. */
    private static final class Idle extends RuntimeTimer {
        @Override
        public void run() {
        }
    }

    /** The probe timers of one phase: added open-loop, each recording its own lateness. */
    private static final class Probes implements OpenLoopDispatcher.Launch {
        private final OpenLoopDispatcher dispatcher = new OpenLoopDispatcher();
        private final LongAdder fired = new LongAdder();
        private final TimerQueue queue;
        private final long delayNanos;
        private final Histogram lateness;

        Probes(TimerQueue queue, Duration delay, Histogram lateness) {
            this.queue = queue;
            this.delayNanos = delay.toNanos();
            this.lateness = lateness;
        }

        OpenLoopDispatcher.Report run(double rate, Duration length) {
            OpenLoopSchedule schedule = new OpenLoopSchedule(rate, NanoClock.SYSTEM.nanoTime());
            return dispatcher.run(schedule, schedule.count(length.toNanos()), NanoClock.SYSTEM, this);
        }

        /** Adds one probe, due {@code delay} from now (the schedule's due time only paces the adding). */
        @Override
        public void start(long index, long dueNanos) {
            long due = Time.nanotime() + delayNanos;
            queue.add(new RuntimeTimer() {
                @Override
                public void run() {
                    lateness.recordValue(Math.max(0, Time.nanotime() - due));
                    fired.increment();
                }
            }, due);
        }

        boolean drain(Duration limit) {
            return Drain.until(() -> fired.sum() == dispatcher.issued(), limit);
        }
    }
}
