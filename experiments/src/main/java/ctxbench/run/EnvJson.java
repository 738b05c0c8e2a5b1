package ctxbench.run;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import ctxbench.results.MachineFacts;
import ctxbench.results.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The JMH run's {@code env.json} (see {@code docs/results-format.md}; read and written through
 * {@link RunFolder}): where, with what and how the benchmarks ran. Written when the run starts
 * ({@code complete: false}, no {@code end}), given JMH's facts when JMH ends ({@link #recordJmh})
 * and {@code end} and {@code complete} when the run is published. Keys, shared with the Go mirror's importer where both have them:
 * <pre>
 * source ("java"), runId, profile, args (bench.sh's arguments as typed), start, end, complete,
 * machine {hostname, cores, memory (bytes), os, distribution, kernel, arch},
 * jdk {vendor, version, vm, home}, jvm {flags}, jmh {version, arguments, trials},
 * git {commit, dirty}, missing (trials planned but absent from jmh.json; complete runs only)
 * </pre>
 * {@code git.dirty} is true when tracked files differ from the commit (untracked files, such as
 * new result folders, do not count); both git keys are absent outside a git work tree.
 */
public final class EnvJson {
    private EnvJson() {}

    /** What {@code bench.sh} knows when a run starts. */
    public record Start(String runId, String profile, String args, List<String> jmhArguments, int trials,
                        Instant start, Path repository) {}

    /** The env.json of a run that has just started, with facts about this JVM and machine. */
    public static JsonObject atStart(Start s) {
        JsonObject env = new JsonObject();
        env.addProperty("source", "java");
        env.addProperty("runId", s.runId());
        env.addProperty("profile", s.profile());
        env.addProperty("args", s.args());
        env.addProperty("start", s.start().toString());
        env.addProperty("complete", false);
        env.add("machine", MachineFacts.machine());
        env.add("jdk", MachineFacts.jdk());
        JsonObject jvm = new JsonObject();
        jvm.add("flags", new JsonArray());
        env.add("jvm", jvm);
        JsonObject jmh = new JsonObject();
        jmh.addProperty("version", org.openjdk.jmh.util.Version.getPlainVersion());
        jmh.add("arguments", strings(s.jmhArguments()));
        jmh.addProperty("trials", s.trials());
        env.add("jmh", jmh);
        JsonObject git = git(s.repository());
        if (git != null) {
            env.add("git", git);
        }
        return env;
    }

    /**
     * Records what JMH's output says in {@code env}: the JVM flags the forks ran with (from
     * jmh.json; none when there is no jmh.json) and, for a complete JMH run, the planned trials that
     * have no result. {@code end} and {@code complete} are set when the run is published
     * ({@link RunFolder#publish}).
     */
    public static void recordJmh(JsonObject env, boolean complete, List<String> jvmFlags, List<String> missing) {
        env.getAsJsonObject("jvm").add("flags", strings(jvmFlags));
        if (complete) {
            env.add("missing", strings(missing));
        }
    }

    /** The commit and dirty flag of the work tree at {@code repository}, or null outside git. */
    static JsonObject git(Path repository) {
        List<String> head = run(repository, "git", "rev-parse", "HEAD");
        List<String> status = run(repository, "git", "status", "--porcelain", "--untracked-files=no");
        if (head == null || head.isEmpty() || status == null) {
            return null;
        }
        JsonObject g = new JsonObject();
        g.addProperty("commit", head.get(0).trim());
        g.addProperty("dirty", !status.isEmpty());
        return g;
    }

    /**
     * Git's variables that name a repository, index or object store other than the one found from
     * the working directory. Git sets them for the hooks it runs (a pre-push hook that runs the
     * tests or a benchmark): inherited, they would make {@link #git} describe that repository
     * instead of {@code repository}.
     */
    private static final List<String> GIT_LOCATION_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_PREFIX", "GIT_NAMESPACE");

    /** The command's output lines, or null if it could not run or failed. */
    private static List<String> run(Path dir, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().keySet().removeAll(GIT_LOCATION_VARIABLES);
            Process p = pb.start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return p.waitFor() == 0 ? lines : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** The JVM flags of every benchmark in a JMH JSON file, distinct, in order of appearance. */
    static List<String> jvmFlags(JsonElement jmhJson) {
        List<String> flags = new ArrayList<>();
        if (jmhJson.isJsonArray()) {
            for (JsonElement run : jmhJson.getAsJsonArray()) {
                if (run.isJsonObject() && run.getAsJsonObject().get("jvmArgs") instanceof JsonArray args) {
                    for (JsonElement a : args) {
                        if (!flags.contains(a.getAsString())) {
                            flags.add(a.getAsString());
                        }
                    }
                }
            }
        }
        return flags;
    }
}
