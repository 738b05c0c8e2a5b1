package ctxbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH run settings most suites share, for their benchmark classes to extend: the average time
 * of an operation in ns, one fork, two warm-up iterations of 300 ms and six measured ones of
 * 500 ms. JMH takes each of these annotations from the nearest class up the hierarchy that has it,
 * so a subclass that needs another setting declares only that annotation; a {@code bench.sh}
 * profile's own options override them all. No benchmarks of its own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public abstract class JmhDefaults {}
