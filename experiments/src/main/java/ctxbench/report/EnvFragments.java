package ctxbench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Where and with what the run was made, from its {@code env.json} (keys of {@code EnvJson}, the Go
 * importer's {@code go} object and the load experiments' {@code load} object), so that every
 * number in REPORT.md carries its machine, JDK, Go version and commit.
 *
 * <p>Regions: table {@code env}; nums {@code env.run} (the run id), {@code env.profile},
 * {@code env.cores}, {@code env.jdk}, {@code env.jmh}, {@code env.go}, {@code env.gomaxprocs},
 * {@code env.go-count}, {@code env.go-benchtime}, {@code env.commit}.
 */
final class EnvFragments {
    private EnvFragments() {
    }

    /** Every env region. */
    static List<Fragment> all() {
        return List.of(
                Fragment.table("env", in -> table(in.run())),
                Fragment.num("env.run", in -> "`" + in.run().id() + "`"),
                Fragment.num("env.profile", in -> text(in.run(), "profile")),
                Fragment.num("env.cores", in -> text(in.run(), "machine", "cores")),
                Fragment.num("env.jdk", in -> text(in.run(), "jdk", "version")),
                Fragment.num("env.jmh", in -> text(in.run(), "jmh", "version")),
                Fragment.num("env.go", in -> text(in.run(), "go", "version")),
                Fragment.num("env.gomaxprocs", in -> text(in.run(), "go", "gomaxprocs")),
                Fragment.num("env.go-count", in -> text(in.run(), "go", "count")),
                Fragment.num("env.go-benchtime", in -> text(in.run(), "go", "benchtime")),
                Fragment.num("env.commit", in -> commit(in.run())));
    }

    /** The value at {@code path} in env.json as one line of text, or {@link Fmt#NONE}. */
    static String text(RunData run, String... path) {
        return text(run.env(), path);
    }

    /** The value at {@code path} in a JSON object as one line of text, or {@link Fmt#NONE}. */
    private static String text(JsonObject root, String... path) {
        JsonElement e = at(root, path);
        if (e == null || e.isJsonNull()) return Fmt.NONE;
        if (e.isJsonPrimitive()) return e.getAsString().replace('\n', ' ');
        if (e.isJsonArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) parts.add(x.isJsonPrimitive() ? x.getAsString() : x.toString());
            return parts.isEmpty() ? "(none)" : String.join(" ", parts);
        }
        return e.toString();
    }

    private static JsonElement at(JsonObject root, String... path) {
        JsonElement e = root;
        for (String key : path) {
            if (!(e instanceof JsonObject o) || !o.has(key)) return null;
            e = o.get(key);
        }
        return e;
    }

    private static String commit(RunData run) {
        String commit = text(run, "git", "commit");
        if (commit.equals(Fmt.NONE)) return commit;
        String shortCommit = commit.length() > 12 ? commit.substring(0, 12) : commit;
        return "`" + shortCommit + "`" + ("true".equals(text(run, "git", "dirty")) ? " (with uncommitted changes)" : "");
    }

    private static String memory(RunData run) {
        JsonElement e = at(run.env(), "machine", "memory");
        return e == null || !e.isJsonPrimitive() ? Fmt.NONE : Fmt.bytes(e.getAsDouble());
    }

    private static String loadRuns(RunData run) {
        JsonElement e = at(run.env(), "load", "runs");
        return e instanceof JsonArray a ? a.size() + " experiment JVMs" : Fmt.NONE;
    }

    /**
     * One row per {@code go-bench.sh} import into the run ({@code go.runs}): when it ran, its
     * arguments and the suites it brought; runs from before {@code go.runs}: the one import's facts.
     */
    private static List<List<String>> goRuns(RunData run) {
        List<List<String>> rows = new ArrayList<>();
        if (at(run.env(), "go", "runs") instanceof JsonArray runs && !runs.isEmpty()) {
            int k = 1;
            for (JsonElement e : runs) {
                if (!(e instanceof JsonObject r)) continue;
                rows.add(List.of("Go run " + k++, goRun(r)));
            }
        } else if (at(run.env(), "go", "start") instanceof JsonElement e && e.isJsonPrimitive()) {
            rows.add(List.of("Go run", goRun(run.env().getAsJsonObject("go"))));
        }
        return rows;
    }

    private static String goRun(JsonObject r) {
        String suites = at(r, "suites") instanceof JsonArray a && !a.isEmpty() ? ", suites " + text(r, "suites") : "";
        String toolchains = at(r, "toolchains") instanceof JsonArray a && !a.isEmpty() ? ", " + text(r, "toolchains") : "";
        return text(r, "start") + " – " + text(r, "end") + ": `go-bench.sh " + text(r, "args") + "`" + suites + toolchains;
    }

    private static String table(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("", "")).whenEmpty("*This run has no env.json.*");
        if (run.env() == null) return t.render();
        t.row(List.of("run", "`" + run.id() + "`"));
        t.row(List.of("profile", text(run, "profile") + ", complete: " + text(run, "complete")));
        t.row(List.of("start – end (UTC)", text(run, "start") + " – " + text(run, "end")));
        t.row(List.of("machine", text(run, "machine", "cores") + " cores, " + memory(run) + ", " + text(run, "machine", "os") + " "
                + text(run, "machine", "kernel") + " " + text(run, "machine", "arch") + ", " + text(run, "machine", "distribution")));
        t.row(List.of("JDK", text(run, "jdk", "vendor") + " " + text(run, "jdk", "version") + " (" + text(run, "jdk", "vm") + ")"));
        t.row(List.of("JVM flags", "`" + text(run, "jvm", "flags") + "`"));
        t.row(List.of("JMH", text(run, "jmh", "version") + ", " + text(run, "jmh", "trials") + " trials, `" + text(run, "jmh", "arguments") + "`"));
        t.row(List.of("Go", text(run, "go", "version") + ", GOMAXPROCS " + text(run, "go", "gomaxprocs") + ", -count "
                + text(run, "go", "count") + ", -benchtime " + text(run, "go", "benchtime") + ", cpu: " + text(run, "go", "cpu")));
        goRuns(run).forEach(t::row);
        t.row(List.of("load experiments", loadRuns(run)));
        t.row(List.of("git", commit(run)));
        return t.render();
    }
}
