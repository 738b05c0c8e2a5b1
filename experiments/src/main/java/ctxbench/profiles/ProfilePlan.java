package ctxbench.profiles;

import java.nio.file.Path;
import java.util.List;

/**
 * The checked options of one {@code scripts/profile.sh} run.
 *
 * @param run       the run folder that receives {@code profiles/}
 * @param variants  the seed variants to profile, in {@code SeedVariant.NAMES} order
 * @param sched     the model's goroutine runtime: {@code go} or {@code vt}
 * @param profiler  the model's profiler: {@code async} (async-profiler) or {@code jfr}
 * @param event     async-profiler's CPU event: {@code cpu} (perf events), {@code itimer} or {@code ctimer}
 * @param seconds   seconds measured per profile (Go's {@code -benchtime}, JMH's 1 s iterations)
 * @param go        the go command
 * @param goSeedDir the Go mirror's seed package ({@code experiments/go/seed})
 * @param jar       the benchmarks jar JMH runs from
 * @param java      the java launcher for JMH
 */
record ProfilePlan(Path run, List<String> variants, String sched, String profiler, String event, int seconds, String go, Path goSeedDir, Path jar, Path java) {
    /** The {@code scripts/profile.sh} command that makes this plan's profiles, RUN standing for the run folder (the resolved options, all of them). */
    String commandLine() {
        return "scripts/profile.sh RUN --variant " + String.join(",", variants) + " --sched " + sched + " --profiler " + profiler + " --event " + event
                + " --seconds " + seconds;
    }
}
