package ctxbench.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link JmhDefaults} for classes that run the model's {@code go} goroutine runtime: the forks get
 * the JDK-internal export its scheduler needs ({@code jdk.internal.vm}, for its continuations)
 * from {@code @Fork(jvmArgsPrepend)}, so a command line's {@code -jvmArgsAppend} adds to it. No
 * benchmarks of its own.
 */
@Fork(value = 1, jvmArgsPrepend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public abstract class GoRuntimeJmhDefaults extends JmhDefaults {}
