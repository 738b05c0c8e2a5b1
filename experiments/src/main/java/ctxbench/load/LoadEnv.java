package ctxbench.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import ctxbench.results.RunFolder;
import ctxbench.run.EnvJson;
import ctxbench.runtime.Sched;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The load experiments' part of a run's {@code env.json} (docs/results-format.md), read and written
 * through {@link RunFolder}.
 * <ul>
 *   <li>A run started by {@code load.sh} alone gets the env.json of {@link EnvJson} (machine, JDK,
 *       git, start; {@code end} and {@code complete} when it is published) without its JMH part,
 *       with {@code profile} = the load profile;</li>
 *   <li>every experiment run, alone or {@code --into} another run, appends one entry to
 *       {@code "load": {"runs": [...]}}: command, benchmark, params, profile, the goroutine runtime
 *       ({@code sched}: {@code go} or {@code vt}, as the JVM's {@code -Dctxbench.sched} chose it), the
 *       JVM's flags, its end time and its one-line summary (achieved rate, schedule lag, percentiles, ...).</li>
 * </ul>
 * Other keys are left as they are; every write replaces the file atomically.
 */
final class LoadEnv {
    private LoadEnv() {
    }

    /** The env.json of a load-only run that has just started. */
    static JsonObject atStart(String runId, String profile, String args, Instant start, Path repository) {
        JsonObject env = EnvJson.atStart(new EnvJson.Start(runId, profile, args, List.of(), 0, start, repository));
        env.remove("jmh");
        env.remove("jvm"); // each experiment runs in its own JVM: its flags are in its "load.runs" entry
        return env;
    }

    /** Appends one experiment run to {@code load.runs} (creating env.json if the run has none). */
    static void record(RunFolder run, String command, String benchmark, String params, String profile, String summary)
            throws IOException {
        run.updateEnv(env -> {
            JsonObject load = env.get("load") instanceof JsonObject o ? o : new JsonObject();
            JsonArray runs = load.get("runs") instanceof JsonArray a ? a : new JsonArray();
            JsonObject entry = new JsonObject();
            entry.addProperty("command", command);
            entry.addProperty("benchmark", benchmark);
            entry.addProperty("params", params);
            if (profile != null) {
                entry.addProperty("profile", profile);
            }
            entry.addProperty("sched", Sched.mode());
            JsonArray flags = new JsonArray();
            ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(flags::add);
            entry.add("jvmFlags", flags);
            entry.addProperty("end", Instant.now().toString());
            entry.addProperty("summary", summary);
            runs.add(entry);
            load.add("runs", runs);
            env.add("load", load);
        });
    }
}
