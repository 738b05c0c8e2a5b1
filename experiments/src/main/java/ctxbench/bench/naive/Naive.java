package ctxbench.bench.naive;

import ctxbench.context.Context;
import ctxbench.seed.Engine;
import ctxbench.seed.SeedVariant;
import ctxbench.time.Time;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * <b>A BAD MEASUREMENT, ON PURPOSE.</b> These are honest benchmarks <em>of a bad method</em>: they
 * reproduce, on the model, how the public claim that {@code time.After} is "50% faster" than
 * {@code context.WithTimeout} and "hundreds of times faster on timeout" was measured (the notes
 * repository baipangbai/go-sourcecode-reading, {@code context.md}, Go 1.16; the same before/after
 * code as seeds/000). <b>Never read their numbers as the cost of the code.</b> The sound
 * measurement of the same code is {@link ctxbench.bench.seed.SeedRequest} ({@code fastPath},
 * {@code timeoutPath}); the Go mirror of this class is {@code experiments/go/naive}.
 *
 * <p>Mistake 1, one cold run: the notes' Go benchmarks ran the scenario once and ignored
 * {@code b.N}. The JVM's closest equivalent is timing a single operation in a fresh JVM:
 * {@link Mode#SingleShotTime}, no warm-up, one measured operation per fork ({@code batchSize = 1}).
 * That one operation pays for class loading, the interpreter and the first start of the timer
 * thread and of the virtual-thread scheduler: it measures the start-up of the JVM's machinery, not
 * a request. (A {@code scripts/bench.sh} profile replaces these annotations with its own
 * {@code -wi}/{@code -i}/{@code -f}; each sample is then still one operation timed alone, taken
 * among the first few operations of a fresh JVM.)
 *
 * <p>Mistake 2, a pair that is not a pair: the notes' "timeout" benchmark of the before code has
 * its worker sleep {@code 210*time.Millisecond}, longer than the 200 ms timeout, so the request
 * waits the whole timeout ({@link #timeoutMillis}); the one of the after code has its worker sleep
 * {@code 210*time.Microsecond}, so the request gets its answer after 0.21 ms and never times out
 * ({@link #timeoutMicros}). Their ratio is 200 ms over 0.21 ms: the sleeps, not the timers.
 *
 * <p>The requests themselves are the seed's ({@link SeedVariant}): the notes' WithTimeout
 * benchmarks had {@code defer cancel()} ({@link SeedVariant#BEFORE_CANCEL}), their {@code time.After}
 * ones are {@link SeedVariant#AFTER}; the timer queue is the default (the model of Go's heap).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'naive.Naive'} (ten JVMs per method),
 * or {@code scripts/bench.sh --suite naive -- -wi 0 -i 1}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(10)
public class Naive {
    /** The worker's sleep in the notes' WithTimeout "timeout" benchmark: longer than {@link SeedVariant#SEED_TIMEOUT}. */
    static final Duration SLOW_MILLIS = Duration.ofMillis(210);
    /** The worker's sleep in the notes' time.After "timeout" benchmark: {@code time.Microsecond}, not Millisecond. */
    static final Duration SLOW_MICROS = Duration.ofNanos(210_000);

    private static final Engine<Context> ANSWERS_AFTER_MILLIS = sleeper(SLOW_MILLIS);
    private static final Engine<Context> ANSWERS_AFTER_MICROS = sleeper(SLOW_MICROS);

    /**
     * The notes' BenchmarkContext, timed as one cold operation: WithTimeout with {@code defer cancel()},
     * worker answers at once. Sound counterpart: {@code SeedRequest.fastPath} of {@link SeedVariant#BEFORE_CANCEL}.
     */
    @Benchmark
    public Context beforeOnce() {
        return SeedVariant.BEFORE_CANCEL.request(Context.todo(), SeedVariant.SEED_TIMEOUT, Engine.ANSWERS_AT_ONCE);
    }

    /**
     * The notes' BenchmarkTimeAfter, timed as one cold operation: {@code time.After}, worker answers at
     * once. Sound counterpart: {@code SeedRequest.fastPath} of {@link SeedVariant#AFTER}.
     */
    @Benchmark
    public Context afterOnce() {
        return SeedVariant.AFTER.request(Context.todo(), SeedVariant.SEED_TIMEOUT, Engine.ANSWERS_AT_ONCE);
    }

    /**
     * The notes' BenchmarkContextTimeout: WithTimeout with {@code defer cancel()}, worker sleeps 210 ms,
     * so the request waits the full 200 ms and returns {@code null} (the timeout case). Sound
     * counterpart: {@code SeedRequest.timeoutPath} of {@link SeedVariant#BEFORE_CANCEL}.
     */
    @Benchmark
    public Context timeoutMillis() {
        return SeedVariant.BEFORE_CANCEL.request(Context.todo(), SeedVariant.SEED_TIMEOUT, ANSWERS_AFTER_MILLIS);
    }

    /**
     * The notes' BenchmarkTimeAfterTimeout: {@code time.After}, worker sleeps 210 µs, so the request gets
     * its answer and never times out: not a timeout path at all. Sound counterpart:
     * {@code SeedRequest.timeoutPath} of {@link SeedVariant#AFTER}.
     */
    @Benchmark
    public Context timeoutMicros() {
        return SeedVariant.AFTER.request(Context.todo(), SeedVariant.SEED_TIMEOUT, ANSWERS_AFTER_MICROS);
    }

    /** A worker that sleeps for {@code d} ({@code time.Sleep}) and then answers, as the notes' workers do. */
    private static Engine<Context> sleeper(Duration d) {
        return ctx -> {
            Time.sleep(d);
            return Context.todo();
        };
    }
}
