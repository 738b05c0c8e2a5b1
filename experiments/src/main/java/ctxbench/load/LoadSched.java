package ctxbench.load;

import ctxbench.runtime.Sched;
import java.util.List;

/**
 * The goroutine runtime a load experiment runs on: {@code go} (the model of Go's scheduler) or
 * {@code vt} (virtual threads). It is chosen once per JVM by the system property
 * {@code ctxbench.sched} ({@link Sched#mode()}), so {@code scripts/load.sh} starts each experiment's
 * JVM with {@code -Dctxbench.sched=X} and the {@code jdk.internal.vm} export, and every experiment
 * carries it in its rows' {@code sched} parameter and in its {@code hdr/} file names
 * (docs/results-format.md).
 */
final class LoadSched {
    /** The runtimes, as {@code --sched} and the {@code sched} parameter name them. */
    static final List<String> NAMES = List.of("go", "vt");
    /** What {@code load.sh} runs without {@code --sched}: the runtime whose rows stand beside Go's (ModelDefaults). */
    static final List<String> DEFAULT = List.of("go");

    private LoadSched() {
    }

    /**
     * Checks that {@code sched} names a runtime.
     *
     * @throws IllegalArgumentException if it is not one of {@link #NAMES}
     */
    static String check(String sched) {
        if (!NAMES.contains(sched)) {
            throw new IllegalArgumentException("unknown goroutine runtime '" + sched + "' (go or vt)");
        }
        return sched;
    }

    /**
     * Checks that this JVM's goroutines run on {@code sched}: an experiment's goroutines are those
     * of the JVM's runtime, so a configuration naming another one would mislabel its rows.
     *
     * @throws IllegalStateException if {@code ctxbench.sched} chose another runtime
     */
    static void requireThisJvm(String sched) {
        String mode = Sched.mode();
        if (!mode.equals(sched)) {
            throw new IllegalStateException("the configuration says sched=" + sched + " but this JVM runs its goroutines on "
                    + mode + " (start it with -D" + Sched.PROPERTY + "=" + sched + ")");
        }
    }
}
