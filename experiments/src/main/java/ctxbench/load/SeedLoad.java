package ctxbench.load;

import ctxbench.context.Context;
import ctxbench.results.DecimalText;
import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import ctxbench.runtime.Goroutines;
import ctxbench.seed.Engine;
import ctxbench.seed.SeedVariant;
import ctxbench.time.Time;
import ctxbench.time.TimerMode;
import ctxbench.time.TimerQueue;
import ctxbench.workloads.queues.InstalledQueue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * The seed scenario (seeds/000) as a service sees it: requests arriving open-loop at a fixed rate,
 * each running one {@link SeedVariant} with the seed's 200 ms timeout on its own
 * goroutine, while a sampler watches the timer queue, the heap and the goroutines. Rows:
 * {@code suite=load}, {@code benchmark=SeedLoad.openLoop}, params {@code queue}, {@code rate},
 * {@code sched}, {@code slow}, {@code variant} (docs/benchmarks.md); Go mirror: {@code experiments/go/load}.
 * The goroutines are those of the JVM's runtime ({@code ctxbench.sched}: {@code go}, the model of
 * Go's scheduler, or {@code vt}, virtual threads), which the configuration names ({@link LoadSched}).
 *
 * <p>A run of one variant on one timer queue:
 * <ol>
 *   <li>installs a fresh queue of the named kind ({@link InstalledQueue}) and the timer mode
 *       ({@link TimerMode}: in {@code go1.23} an {@code after} request's timer is queued only while its
 *       select waits, so the live timers stay near zero where {@code go1.19} holds rate × 200 ms);</li>
 *   <li>warm-up: the same load for {@link Config#warmup()}, not recorded (the JIT compiles the
 *       request path), then waits until its requests, timers and goroutines are gone;</li>
 *   <li>{@code System.gc()}, then the measurement: request {@code i} is due at
 *       {@code t0 + i/rate} ({@link OpenLoopSchedule}) and started then on a new goroutine
 *       ({@code Goroutines.go}, as a Go server starts one per request) by the
 *       {@link OpenLoopDispatcher}; its worker answers at once ({@code newEngineCtx} returns
 *       {@code context.TODO()}), or for a share {@link Config#slow()} of the requests (chosen by
 *       {@link SlowRequests}) after twice the timeout, so those end on the timeout case;</li>
 *   <li>each request's latency, completion − due time (coordinated omission corrected), goes into
 *       a {@link LatencyLog}; every 100 ms the {@link Sampler} records live timers, heap after GC,
 *       goroutines spawned, GC count and time, and the request rate;</li>
 *   <li>after the last request it waits until every request has completed, the queue is back to
 *       its size before the run, its thread has finished the last timer it took (under {@code go},
 *       every P is idle), and the goroutines
 *       have ended (the un-stopped timers fire 200 ms after their request: the time series shows
 *       them drain), then stops the sampler.</li>
 * </ol>
 * Goroutines per request counts every goroutine started from the measurement's start to the end
 * of the drain: the request's own goroutine, the worker, and for {@link SeedVariant#BEFORE_LEAKY}
 * (and, on the timeout path, {@link SeedVariant#BEFORE_CANCEL}) the goroutine that a fired context
 * timer starts (Go's {@code AfterFunc} {@code goFunc}). On the fast path that is 3 for
 * {@link SeedVariant#BEFORE_LEAKY} and 2 for the other variants.
 *
 * <p>Fresh state per variant: {@code scripts/load.sh} runs every variant in its own JVM (the
 * cleanest separation: no JIT profile, heap or carrier-thread state carried over); runs in one JVM
 * (the tests) still get a fresh queue, the drain and a {@code System.gc()} between them.
 *
 * <p>Costs the harness adds to every variant equally: the request goroutine, one histogram record
 * and two counter increments per request; the sampler's thread wakes every 100 ms.
 */
public final class SeedLoad {
    /** The benchmark name of the rows. */
    public static final String BENCHMARK = "SeedLoad.openLoop";
    /** Seed of the choice of slow requests (the Go mirror's default {@code -seed} is 1 too). */
    static final long SLOW_SEED = 1;

    private SeedLoad() {
    }

    /**
     * One run's settings.
     *
     * @param variant  one of {@link SeedVariant#NAMES}
     * @param queue    one of {@link InstalledQueue#NAMES}
     * @param sched    the goroutine runtime, {@code go} or {@code vt}: the JVM's ({@code ctxbench.sched}) when run
     * @param timers   the channel timers' semantics ({@link TimerMode}): {@code go1.19} or {@code go1.23}
     * @param rate     requests per second
     * @param duration how long requests are started for
     * @param slow     share of requests whose worker answers after twice the timeout, 0..1
     * @param warmup   how long the unrecorded warm-up runs (zero: none)
     * @param timeout  the request's timeout (the seed's: {@link SeedVariant#SEED_TIMEOUT})
     */
    public record Config(String variant, String queue, String sched, String timers, double rate, Duration duration, double slow,
                         Duration warmup, Duration timeout) {
        /** Checks the settings. */
        public Config {
            SeedVariant.named(variant);
            LoadSched.check(sched);
            TimerMode.named(timers);
            if (!InstalledQueue.NAMES.contains(queue)) {
                throw new IllegalArgumentException("unknown timer queue '" + queue + "' (known: " + String.join(", ", InstalledQueue.NAMES) + ")");
            }
            OpenLoopSchedule.requireValidRate(rate);
            if (duration.isNegative() || duration.isZero() || warmup.isNegative() || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("duration and timeout must be positive, warm-up not negative");
            }
            if (!(slow >= 0 && slow <= 1)) {
                throw new IllegalArgumentException("slow must be within 0..1, not " + slow);
            }
        }

        /** How long a slow worker takes to answer: twice the timeout (the Go mirror's default {@code -slowdelay}). */
        public Duration slowDelay() {
            return timeout.multipliedBy(2);
        }

        /** The rows' parameters: {@code queue}, {@code rate}, {@code sched}, {@code slow}, {@code timers}, {@code variant}. */
        public String params() {
            return Params.canonical(Map.of("variant", variant, "queue", queue, "sched", sched, "timers", timers,
                    "rate", DecimalText.format(rate), "slow", DecimalText.format(slow)));
        }

        /**
         * The hdr/ file name: {@code <variant>-<queue>-<sched>}, plus {@code -go1.23} in Go 1.23's timer
         * mode and {@code -slow<share>} when some requests are slow.
         */
        public String fileName() {
            return variant + "-" + queue + "-" + sched + (timers.equals(TimerMode.GO1_19.label()) ? "" : "-" + timers)
                    + (slow > 0 ? "-slow" + DecimalText.format(slow) : "");
        }

        /** One line for logs and the interval log's header. */
        String describe() {
            return BENCHMARK + " variant=" + variant + " queue=" + queue + " sched=" + sched + " timers=" + timers
                    + " rate=" + DecimalText.format(rate)
                    + " duration=" + duration.toMillis() + "ms slow=" + DecimalText.format(slow)
                    + " timeout=" + timeout.toMillis() + "ms warmup=" + warmup.toMillis() + "ms";
        }
    }

    /**
     * What one run measured.
     *
     * @param latencyNanos      every request's corrected latency, ns
     * @param hlog              the interval log (100 ms intervals)
     * @param samples           the time series, from the measurement's start to the end of the drain
     * @param dispatch          how well the generator kept the rate
     * @param timeouts          requests that ended on the timeout case
     * @param goroutinesSpawned goroutines started from the measurement's start to the end of the drain
     * @param drained           whether requests, timers and goroutines were all gone before the drain's limit
     */
    public record Result(Config config, Histogram latencyNanos, byte[] hlog, List<Sample> samples,
                         OpenLoopDispatcher.Report dispatch, long timeouts, long goroutinesSpawned, boolean drained) {
        /** Goroutines started per request. */
        public double goroutinesPerRequest() {
            return (double) goroutinesSpawned / dispatch.requests();
        }

        /** The most timer-queue entries any sample saw. */
        public int peakLiveTimers() {
            return samples.stream().mapToInt(Sample::liveTimers).max().orElse(0);
        }

        /** The largest heap-after-GC figure any sample saw; −1 if no collection had run. */
        public long peakHeapBytes() {
            return samples.stream().mapToLong(Sample::heapAfterGcBytes).max().orElse(-1);
        }

        /** The {@code results.csv} rows (docs/results-format.md); {@code peak_heap} only when a collection ran. */
        public List<ResultRow> rows() {
            String params = config.params();
            List<ResultRow> rows = new ArrayList<>(LoadRows.latency(LoadRows.JAVA, BENCHMARK, params, latencyNanos));
            rows.add(LoadRows.row(LoadRows.JAVA, BENCHMARK, params, "rate", "req/s", Math.round(dispatch.achievedRate() * 10) / 10.0));
            rows.add(LoadRows.row(LoadRows.JAVA, BENCHMARK, params, "peak_live_timers", "count", peakLiveTimers()));
            if (peakHeapBytes() >= 0) {
                rows.add(LoadRows.row(LoadRows.JAVA, BENCHMARK, params, "peak_heap", "bytes", peakHeapBytes()));
            }
            rows.add(LoadRows.row(LoadRows.JAVA, BENCHMARK, params, "goroutines", "count",
                    Math.round(goroutinesPerRequest() * 1000) / 1000.0));
            return rows;
        }

        /** One line for the console and env.json. */
        public String summary() {
            return config.variant() + " on " + config.queue() + ", sched " + config.sched() + ": " + dispatch.requests() + " requests, "
                    + Summaries.rate(dispatch) + ", " + Summaries.percentiles(latencyNanos)
                    + ", peak live timers " + peakLiveTimers() + ", peak heap after GC " + Summaries.bytes(peakHeapBytes())
                    + ", " + String.format(Locale.ROOT, "%.2f", goroutinesPerRequest()) + " goroutines/request, "
                    + timeouts + " timeouts" + (drained ? "" : " (NOT drained: timers or goroutines were left after the limit)");
        }

        /** Writes {@code hdr/<name>.hgrm}, {@code .hlog}, {@code -timeseries.csv} and merges the rows into results.csv. */
        public void writeTo(Path run) throws IOException {
            String name = config.fileName();
            HdrFiles.writeHgrm(run, name, latencyNanos);
            HdrFiles.writeHlog(run, name, hlog);
            HdrFiles.writeTimeSeries(run, name, samples);
            LoadRows.merge(run, rows());
        }
    }

    /**
     * Runs {@code config} in this JVM (see the class comment) and returns what it measured.
     *
     * @throws IllegalStateException if the JVM's goroutine runtime is not {@link Config#sched()}
     */
    public static Result run(Config config) throws InterruptedException {
        LoadSched.requireThisJvm(config.sched());
        SeedVariant variant = SeedVariant.named(config.variant());
        TimerMode mode = TimerMode.current();
        try (InstalledQueue installed = InstalledQueue.install(config.queue())) {
            TimerMode.set(TimerMode.named(config.timers()));
            TimerQueue queue = installed.queue();
            int timersBefore = queue.size();
            long runningBefore = Goroutines.running();
            Duration drainLimit = config.timeout().plus(config.slowDelay()).plusSeconds(10);
            if (!config.warmup().isZero()) {
                Phase warmup = new Phase(config, variant, null);
                warmup.run(config.warmup());
                warmup.drain(queue, timersBefore, runningBefore, drainLimit);
            }
            System.gc();
            LatencyLog log = new LatencyLog(config.describe(), System.currentTimeMillis());
            Phase measured = new Phase(config, variant, log);
            Sampler sampler = new Sampler(queue, measured.dispatcher::issued);
            long spawnedBefore = Goroutines.spawned();
            sampler.start(log);
            OpenLoopDispatcher.Report dispatch = measured.run(config.duration());
            boolean drained = measured.drain(queue, timersBefore, runningBefore, drainLimit);
            List<Sample> samples = sampler.stop();
            return new Result(config, log.total(), log.hlog(), samples, dispatch, measured.timeouts.sum(),
                    Goroutines.spawned() - spawnedBefore, drained);
        } finally {
            TimerMode.set(mode);
        }
    }

    /** One open-loop phase (the warm-up or the measurement): the requests it starts and counts. */
    private static final class Phase implements OpenLoopDispatcher.Launch {
        private final OpenLoopDispatcher dispatcher = new OpenLoopDispatcher();
        private final LongAdder completed = new LongAdder();
        private final LongAdder timeouts = new LongAdder();
        private final Config config;
        private final SeedVariant variant;
        private final LatencyLog log;
        private final Engine<Context> slowWorker;
        private SlowRequests slow;

        /** A phase whose latencies go to {@code log} (null: not recorded). */
        Phase(Config config, SeedVariant variant, LatencyLog log) {
            this.config = config;
            this.variant = variant;
            this.log = log;
            Duration delay = config.slowDelay();
            this.slowWorker = ctx -> {
                Time.sleep(delay);
                return Context.todo();
            };
        }

        /** Starts requests at the configured rate for {@code length}; returns when the last has been started. */
        OpenLoopDispatcher.Report run(Duration length) {
            OpenLoopSchedule schedule = new OpenLoopSchedule(config.rate(), NanoClock.SYSTEM.nanoTime());
            long count = schedule.count(length.toNanos());
            slow = new SlowRequests(config.slow(), SLOW_SEED, count);
            return dispatcher.run(schedule, count, NanoClock.SYSTEM, this);
        }

        /** Request {@code index}: the variant on a new goroutine; its latency is measured from {@code dueNanos}. */
        @Override
        public void start(long index, long dueNanos) {
            Engine<Context> worker = slow.isSlow(index) ? slowWorker : Engine.ANSWERS_AT_ONCE;
            Goroutines.go(() -> {
                Context answer = variant.request(Context.todo(), config.timeout(), worker);
                long end = NanoClock.SYSTEM.nanoTime();
                if (answer == null) {
                    timeouts.increment();
                }
                if (log != null) {
                    log.record(end - dueNanos);
                }
                completed.increment();
            });
        }

        /**
         * Waits until every request has completed and the queue and goroutines are back to where
         * they were. In between it waits for the queue to finish the function of the last timer it
         * took ({@link Drain#timerFunctionsDone}): otherwise the goroutine that timer's function starts
         * (a fired context timer's {@code AfterFunc}) could be neither counted as spawned nor
         * running yet when the drain ends, and be missing from the run's counts.
         */
        boolean drain(TimerQueue queue, int timersBefore, long runningBefore, Duration limit) {
            return Drain.until(() -> completed.sum() == dispatcher.issued() && queue.size() <= timersBefore, limit)
                    && Drain.timerFunctionsDone(queue, limit)
                    && Drain.until(() -> Goroutines.running() <= runningBefore, limit);
        }
    }
}
