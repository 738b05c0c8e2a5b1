package ctxbench.load;

import ctxbench.bench.channels.PingPong;
import ctxbench.bench.channels.PipeImpl;
import ctxbench.bench.channels.ThreadKind;
import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import ctxbench.runtime.Goroutines;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The distribution of one round trip over the model's unbuffered channel between two threads of
 * the same kind: the measuring thread sends on {@code ping}, the echo peer receives and sends back
 * on {@code pong} ({@link PingPong}, the workload of {@code ChanPingPong.roundTrip} with
 * {@code impl=model}, {@code cap=0}). JMH gives that benchmark's mean; this gives its tail. Rows:
 * {@code suite=load}, {@code benchmark=ChanHandoff.roundTrip}, param {@code threads}; file
 * {@code hdr/handoff-<threads>.hgrm}.
 *
 * <p>{@code threads=virtual}: both sides are goroutines (virtual threads, {@link Goroutines#go}),
 * so a hand-off that parks is an unpark onto a ForkJoinPool carrier, as Go's is a {@code ready}
 * onto a P. {@code threads=platform}: both sides are platform threads, woken by the OS. Every round
 * trip is timed ({@code System.nanoTime} twice, about 25 ns each on Linux, included). Warm-up
 * round trips run first, unrecorded.
 */
public final class ChanHandoff {
    /** The benchmark name of the rows. */
    public static final String BENCHMARK = "ChanHandoff.roundTrip";

    private ChanHandoff() {
    }

    /**
     * One run's settings.
     *
     * @param threads          what both sides are
     * @param roundTrips       recorded round trips
     * @param warmupRoundTrips unrecorded round trips run first
     */
    public record Config(ThreadKind threads, int roundTrips, int warmupRoundTrips) {
        /** Checks the settings. */
        public Config {
            if (roundTrips < 1 || warmupRoundTrips < 0) {
                throw new IllegalArgumentException("round trips must be at least 1, warm-up not negative");
            }
        }

        /** The rows' parameters. */
        public String params() {
            return Params.canonical(Map.of("threads", threads.param));
        }

        /** The hdr/ file name. */
        public String fileName() {
            return "handoff-" + threads.param;
        }
    }

    /** What one run measured: every recorded round trip, ns. */
    public record Result(Config config, Histogram roundTripNanos) {
        /** {@code p50}, {@code p99}, {@code p999}, {@code max} in µs. */
        public List<ResultRow> rows() {
            return LoadRows.latency(LoadRows.JAVA, BENCHMARK, config.params(), roundTripNanos);
        }

        /** One line for the console and env.json. */
        public String summary() {
            return "channel hand-off round trip, " + config.threads().param + " threads: "
                    + roundTripNanos.getTotalCount() + " round trips, " + Summaries.percentiles(roundTripNanos);
        }

        /** Writes {@code hdr/handoff-<threads>.hgrm} and merges the rows into results.csv. */
        public void writeTo(Path run) throws IOException {
            HdrFiles.writeHgrm(run, config.fileName(), roundTripNanos);
            LoadRows.merge(run, rows());
        }
    }

    /** Runs {@code config} in this JVM: starts the echo peer, measures on a thread of the same kind, stops the peer. */
    public static Result run(Config config) throws InterruptedException {
        PingPong pingPong = PingPong.start(PipeImpl.MODEL, 0, config.threads());
        Histogram roundTrips = new Histogram(3);
        Throwable[] failure = new Throwable[1];
        Runnable measure = () -> {
            try {
                for (int i = 0; i < config.warmupRoundTrips(); i++) {
                    pingPong.roundTrip(i & 127);
                }
                for (int i = 0; i < config.roundTrips(); i++) {
                    long start = System.nanoTime();
                    pingPong.roundTrip(i & 127);
                    roundTrips.recordValue(System.nanoTime() - start);
                }
            } catch (InterruptedException | RuntimeException e) {
                failure[0] = e;
            }
        };
        try {
            if (config.threads() == ThreadKind.VIRTUAL) {
                Goroutines.go(measure).join(Duration.ofDays(1));
            } else {
                Thread.ofPlatform().name("handoff-measure").start(measure).join();
            }
        } finally {
            pingPong.stop();
        }
        if (failure[0] != null) {
            throw new IllegalStateException("the round trips failed: " + failure[0], failure[0]);
        }
        return new Result(config, roundTrips);
    }
}
