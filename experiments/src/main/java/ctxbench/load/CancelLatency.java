package ctxbench.load;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.results.ParamValues;
import ctxbench.results.Params;
import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import ctxbench.time.Time;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * How long a cancellation takes to reach the goroutines waiting on a context tree: from calling
 * the root's {@code cancel()} to the moment the last leaf's goroutine, parked in
 * {@code <-ctx.Done()}, has woken and read the time. Rows: {@code suite=load},
 * {@code benchmark=CancelLatency.propagate}, params {@code sched}, {@code shape}, {@code size}; file
 * {@code hdr/cancel-latency-<shape>-<size>-<sched>.hgrm}. The waiters are goroutines of the JVM's
 * runtime ({@code ctxbench.sched}: Gs of the model's scheduler, or virtual threads).
 *
 * <p>Shapes (each node a {@code context.WithCancel} of its parent, the root a
 * {@code WithCancel(Background)}):
 * <ul>
 *   <li>{@code chain}: {@code size} nodes each the child of the one before; one goroutine waits on
 *       the deepest. Go's {@code cancelCtx.cancel} walks the chain recursively under each node's
 *       lock (as {@code BenchmarkCancelTree} measures in Go), then one goroutine wakes.</li>
 *   <li>{@code fanout}: {@code size} children of the root, a goroutine waiting on each: the cancel
 *       closes {@code size} done channels, and {@code size} parked goroutines must be scheduled on
 *       the carriers (Go: the Ps) before the last one runs.</li>
 * </ul>
 * One trial builds a fresh tree, starts the waiting goroutines and waits until each is parked
 * (its thread state is {@code WAITING}) before it cancels; the tree is not timed. Warm-up trials
 * run first, unrecorded. Cost per trial: {@code size} contexts and as many goroutines for a
 * fan-out, {@code size} contexts and one goroutine for a chain.
 */
public final class CancelLatency {
    /** The benchmark name of the rows. */
    public static final String BENCHMARK = "CancelLatency.propagate";
    /** How long a trial waits for its goroutines to park or to observe the cancel before it fails. */
    private static final Duration STUCK = Duration.ofSeconds(10);

    private CancelLatency() {
    }

    /** The tree's shape. */
    public enum Shape {
        /** A chain of nodes, one waiter on the deepest. */
        CHAIN,
        /** The root's children, one waiter on each. */
        FANOUT;

        /** The parameter value: {@code chain} or {@code fanout}. */
        public String param() {
            return ParamValues.of(this);
        }

        /** The shape named by a parameter value; an unknown one is an {@link IllegalArgumentException} naming the known ones. */
        public static Shape of(String param) {
            return ParamValues.lookup(values(), "shape", param);
        }
    }

    /**
     * One run's settings.
     *
     * @param shape        the tree's shape
     * @param sched        the goroutine runtime, {@code go} or {@code vt}: the JVM's ({@code ctxbench.sched}) when run
     * @param size         nodes below the root: the chain's depth or the fan-out
     * @param trials       recorded trials
     * @param warmupTrials unrecorded trials run first
     */
    public record Config(Shape shape, String sched, int size, int trials, int warmupTrials) {
        /** Checks the settings. */
        public Config {
            LoadSched.check(sched);
            if (size < 1 || trials < 1 || warmupTrials < 0) {
                throw new IllegalArgumentException("size and trials must be at least 1, warm-up trials not negative");
            }
        }

        /** The rows' parameters. */
        public String params() {
            return Params.canonical(Map.of("shape", shape.param(), "size", Integer.toString(size), "sched", sched));
        }

        /** The hdr/ file name: {@code cancel-latency-<shape>-<size>-<sched>}. */
        public String fileName() {
            return "cancel-latency-" + shape.param() + "-" + size + "-" + sched;
        }
    }

    /** What one run measured: the latency of every recorded trial, ns. */
    public record Result(Config config, Histogram latencyNanos) {
        /** One line for the console and env.json. */
        public String summary() {
            return "cancel propagation, " + config.shape().param() + " of " + config.size() + ", sched " + config.sched() + ": "
                    + latencyNanos.getTotalCount() + " trials, " + Summaries.percentiles(latencyNanos);
        }

        /**
         * Writes {@code hdr/cancel-latency-<shape>-<size>-<sched>.hgrm} and merges its rows ({@code p50}, {@code p99}, {@code p999},
         * {@code max} in µs) into results.csv.
         */
        public void writeTo(Path run) throws IOException {
            DistributionOutput.write(run, BENCHMARK, config.params(), config.fileName(), latencyNanos);
        }
    }

    /**
     * Runs {@code config} in this JVM.
     *
     * @throws IllegalStateException if the JVM's goroutine runtime is not {@link Config#sched()}
     */
    public static Result run(Config config) throws InterruptedException {
        LoadSched.requireThisJvm(config.sched());
        Histogram latency = new Histogram(3);
        for (int i = 0; i < config.warmupTrials(); i++) {
            trial(config);
        }
        for (int i = 0; i < config.trials(); i++) {
            latency.recordValue(trial(config));
        }
        return new Result(config, latency);
    }

    /** One trial: builds the tree, parks the waiters, cancels the root; returns ns until the last waiter ran. */
    static long trial(Config config) throws InterruptedException {
        CancelFunc root = Context.withCancel(Context.background());
        List<Context> leaves = leaves(config, root.context());
        long[] observed = new long[leaves.size()];
        CountDownLatch allObserved = new CountDownLatch(leaves.size());
        List<Goroutine> waiters = new ArrayList<>(leaves.size());
        for (int k = 0; k < leaves.size(); k++) {
            Context leaf = leaves.get(k);
            int slot = k;
            waiters.add(Goroutines.go(() -> {
                leaf.done().recv();
                observed[slot] = Time.nanotime();
                allObserved.countDown();
            }));
        }
        awaitParked(waiters);
        long start = Time.nanotime();
        root.cancel();
        if (!allObserved.await(STUCK.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("cancel did not reach every waiter within " + STUCK);
        }
        long last = start;
        for (long t : observed) {
            last = Math.max(last, t);
        }
        return last - start;
    }

    /** The contexts the waiters wait on: the deepest node of a chain, or every child of a fan-out. */
    private static List<Context> leaves(Config config, Context root) {
        if (config.shape() == Shape.CHAIN) {
            Context node = root;
            for (int depth = 0; depth < config.size(); depth++) {
                node = Context.withCancel(node).context();
            }
            return List.of(node);
        }
        List<Context> children = new ArrayList<>(config.size());
        for (int i = 0; i < config.size(); i++) {
            children.add(Context.withCancel(root).context());
        }
        return children;
    }

    /** Waits until every waiter is parked in its receive. */
    private static void awaitParked(List<Goroutine> waiters) {
        long deadline = System.nanoTime() + STUCK.toNanos();
        for (Goroutine t : waiters) {
            while (!t.isParked()) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("a waiter did not park within " + STUCK);
                }
                LockSupport.parkNanos(10_000);
            }
        }
    }
}
