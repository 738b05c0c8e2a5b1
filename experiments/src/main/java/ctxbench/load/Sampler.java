package ctxbench.load;

import ctxbench.runtime.Goroutines;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Takes a {@link Sample} of a running load every {@value #PERIOD_MILLIS} ms on its own platform
 * thread (so that it neither adds timer-queue entries nor waits for a virtual-thread carrier), and
 * closes an interval of the run's {@link LatencyLog} at the same moment. The first sample is taken
 * at {@link #start} (t = 0, the baseline), the last at {@link #stop()}.
 *
 * <p>Ticks are at fixed times from the start (t0 + k·100 ms); a tick that comes late is taken
 * late, and the request rate and goroutine counts are per actual interval, so nothing is lost.
 * Cost per tick: the queue's {@code size()} (the Go heap takes its lock), two MXBean readings and
 * one histogram interval.
 */
final class Sampler {
    /** The sampling period. */
    static final long PERIOD_MILLIS = 100;

    private final TimerQueue queue;
    private final LongSupplier issued;
    private final JvmGauges gauges = new JvmGauges();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopping;
    private LatencyLog latencies;

    private long startNanos;
    private long gcCount0;
    private long gcTime0;
    private long lastNanos;
    private long lastSpawned;
    private long lastIssued;

    /**
     * A sampler of {@code queue}'s size, the requests {@code issued} so far (for the rate), the
     * goroutines started, the JVM's heap and collector. Times are on the model's clock
     * ({@link Time#nanotime()}). Reads the gauges once, so that the first sample does not pay for
     * loading the management classes.
     */
    Sampler(TimerQueue queue, LongSupplier issued) {
        this.queue = queue;
        this.issued = issued;
        gauges.heapAfterGcBytes();
        this.thread = Thread.ofPlatform().daemon().name("load-sampler").unstarted(this::loop);
    }

    /** Takes the baseline sample (t = 0) and starts ticking; each sample also closes an interval of {@code latencies}. */
    void start(LatencyLog latencies) {
        this.latencies = latencies;
        gcCount0 = gauges.gcCount();
        gcTime0 = gauges.gcTimeMillis();
        lastSpawned = Goroutines.spawned();
        lastIssued = issued.getAsLong();
        startNanos = Time.nanotime();
        lastNanos = startNanos;
        take(startNanos);
        thread.start();
    }

    /** Stops ticking, takes a last sample and returns all samples in time order. */
    List<Sample> stop() throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread);
        thread.join();
        take(Time.nanotime());
        return List.copyOf(samples);
    }

    private void loop() {
        for (long k = 1; ; k++) {
            long tick = startNanos + k * PERIOD_MILLIS * 1_000_000;
            for (long left; !stopping && (left = tick - Time.nanotime()) > 0; ) {
                LockSupport.parkNanos(this, left);
            }
            if (stopping) {
                return;
            }
            take(Time.nanotime());
        }
    }

    /** The sample at time {@code now}; called by the sampler thread, and by {@link #start}/{@link #stop()} when that thread is not running. */
    private synchronized void take(long now) {
        long spawned = Goroutines.spawned();
        long issuedNow = issued.getAsLong();
        double seconds = (now - lastNanos) / 1e9;
        double rate = seconds > 0 ? (issuedNow - lastIssued) / seconds : 0;
        samples.add(new Sample((now - startNanos) / 1_000_000, queue.size(), gauges.heapAfterGcBytes(),
                spawned - lastSpawned, gauges.gcCount() - gcCount0, gauges.gcTimeMillis() - gcTime0, rate));
        latencies.roll();
        lastNanos = now;
        lastSpawned = spawned;
        lastIssued = issuedNow;
    }
}
