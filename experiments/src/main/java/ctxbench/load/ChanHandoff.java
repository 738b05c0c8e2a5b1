package ctxbench.load;

import ctxbench.results.Params;
import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import ctxbench.workloads.channels.Pipe;
import ctxbench.workloads.channels.PipeClosedException;
import ctxbench.workloads.channels.PipeImpl;
import ctxbench.workloads.channels.ThreadKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The distribution of one round trip over the model's unbuffered channel between two threads of
 * the same kind: the measuring thread sends on {@code ping}, the echo peer receives and sends back
 * on {@code pong} (the workload of {@code ChanPingPong.roundTrip} with {@code impl=model},
 * {@code cap=0}). JMH gives that benchmark's mean; this gives its tail. Rows: {@code suite=load},
 * {@code benchmark=ChanHandoff.roundTrip}, params {@code sched}, {@code threads}; file
 * {@code hdr/handoff-<threads>-<sched>.hgrm}.
 *
 * <p>{@code threads=virtual}: both sides are goroutines ({@link Goroutines#go}) of the JVM's
 * runtime ({@code ctxbench.sched}): under {@code sched=go} Gs of the model's scheduler, so a
 * hand-off that parks is a {@code ready} into the P's {@code runnext}, as in Go; under
 * {@code sched=vt} virtual threads, so it is an unpark onto a ForkJoinPool carrier.
 * {@code threads=platform}: both sides are platform threads, woken by the OS (the runtime plays no
 * part; the rows still say which one the JVM ran). Every round trip is timed
 * ({@code System.nanoTime} twice, about 25 ns each on Linux, included). Warm-up round trips run
 * first, unrecorded. The echo peer ends when the channels are closed after the last round trip.
 */
public final class ChanHandoff {
    /** The benchmark name of the rows. */
    public static final String BENCHMARK = "ChanHandoff.roundTrip";
    /** How long the end of a run waits for the echo peer to end before it fails. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private ChanHandoff() {
    }

    /**
     * One run's settings.
     *
     * @param threads          what both sides are
     * @param sched            the goroutine runtime, {@code go} or {@code vt}: the JVM's ({@code ctxbench.sched}) when run
     * @param roundTrips       recorded round trips
     * @param warmupRoundTrips unrecorded round trips run first
     */
    public record Config(ThreadKind threads, String sched, int roundTrips, int warmupRoundTrips) {
        /** Checks the settings. */
        public Config {
            LoadSched.check(sched);
            if (roundTrips < 1 || warmupRoundTrips < 0) {
                throw new IllegalArgumentException("round trips must be at least 1, warm-up not negative");
            }
        }

        /** The rows' parameters. */
        public String params() {
            return Params.canonical(Map.of("threads", threads.param, "sched", sched));
        }

        /** The hdr/ file name: {@code handoff-<threads>-<sched>}. */
        public String fileName() {
            return "handoff-" + threads.param + "-" + sched;
        }
    }

    /** What one run measured: every recorded round trip, ns. */
    public record Result(Config config, Histogram roundTripNanos) {
        /** One line for the console and env.json. */
        public String summary() {
            return "channel hand-off round trip, " + config.threads().param + " threads, sched " + config.sched() + ": "
                    + roundTripNanos.getTotalCount() + " round trips, " + Summaries.percentiles(roundTripNanos);
        }

        /**
         * Writes {@code hdr/handoff-<threads>-<sched>.hgrm} and merges its rows ({@code p50}, {@code p99}, {@code p999},
         * {@code max} in µs) into results.csv.
         */
        public void writeTo(Path run) throws IOException {
            DistributionOutput.write(run, BENCHMARK, config.params(), config.fileName(), roundTripNanos);
        }
    }

    /**
     * Runs {@code config} in this JVM: starts the echo peer, measures on a thread of the same kind,
     * closes the channels and waits for the peer to end.
     *
     * @throws IllegalStateException if the JVM's goroutine runtime is not {@link Config#sched()},
     *                               the round trips failed, or the peer did not end
     */
    public static Result run(Config config) throws InterruptedException {
        LoadSched.requireThisJvm(config.sched());
        Pipe<Integer> ping = PipeImpl.MODEL.make(0);
        Pipe<Integer> pong = PipeImpl.MODEL.make(0);
        Histogram roundTrips = new Histogram(3);
        Throwable[] failure = new Throwable[2];
        Runnable echo = () -> {
            try {
                for (;;) {
                    pong.put(ping.take());
                }
            } catch (PipeClosedException ended) {
                // the normal end: the channels were closed
            } catch (InterruptedException | RuntimeException e) {
                failure[1] = e;
            }
        };
        Runnable measure = () -> {
            try {
                for (int i = 0; i < config.warmupRoundTrips(); i++) {
                    roundTrip(ping, pong, i & 127);
                }
                for (int i = 0; i < config.roundTrips(); i++) {
                    long start = System.nanoTime();
                    roundTrip(ping, pong, i & 127);
                    roundTrips.recordValue(System.nanoTime() - start);
                }
            } catch (InterruptedException | RuntimeException e) {
                failure[0] = e;
            }
        };
        boolean peerEnded;
        if (config.threads() == ThreadKind.VIRTUAL) {
            Goroutine peer = Goroutines.go(echo);
            try {
                Goroutines.go(measure).join(Duration.ofDays(1));
            } finally {
                ping.close();
                pong.close();
            }
            peerEnded = peer.join(STOP_TIMEOUT);
        } else {
            Thread peer = Thread.ofPlatform().name("handoff-echo").daemon(true).start(echo);
            try {
                Thread.ofPlatform().name("handoff-measure").start(measure).join();
            } finally {
                ping.close();
                pong.close();
            }
            peerEnded = peer.join(STOP_TIMEOUT);
        }
        for (Throwable f : failure) {
            if (f != null) {
                throw new IllegalStateException("the round trips failed: " + f, f);
            }
        }
        if (!peerEnded) {
            throw new IllegalStateException("the echo peer did not end within " + STOP_TIMEOUT + " of closing the channels");
        }
        return new Result(config, roundTrips);
    }

    /** One round trip: sends {@code v} to the echo peer and receives it back. */
    private static void roundTrip(Pipe<Integer> ping, Pipe<Integer> pong, Integer v) throws InterruptedException {
        ping.put(v);
        pong.take();
    }
}
