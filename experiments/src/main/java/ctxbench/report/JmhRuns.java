package ctxbench.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import ctxbench.cli.BadInputException;
import ctxbench.cli.ErrorLine;
import ctxbench.results.Params;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How JMH ran each Java row, from the run's {@code jmh.json}: mode, benchmark threads, forks,
 * warm-up and measured iterations, batch size. The report needs two of these facts: a row measured
 * with {@code @Threads(Threads.MAX)} in {@code Mode.AverageTime} reports each thread's time per
 * operation, about threads × Go's {@code b.RunParallel} ns/op (REPORT.md marks those rows); and a
 * profile's {@code -wi}/{@code -i}/{@code -f} replace a benchmark's annotations (the naive
 * single-shot rows say what they actually measured).
 */
final class JmhRuns {
    /**
     * One JMH run's settings.
     *
     * @param mode         JMH's short mode name ({@code avgt}, {@code ss}, ...)
     * @param threads      benchmark threads
     * @param forks        forks
     * @param warmups      warm-up iterations per fork
     * @param measurements measured iterations per fork
     * @param batchSize    operations per measured iteration (single-shot)
     */
    record Settings(String mode, int threads, int forks, int warmups, int measurements, int batchSize) {
    }

    private final Map<String, Settings> runs;

    private JmhRuns(Map<String, Settings> runs) {
        this.runs = runs;
    }

    /** No jmh.json: nothing is known (every row counts as single-threaded). */
    static JmhRuns none() {
        return new JmhRuns(Map.of());
    }

    /**
     * Reads {@code jmh.json}.
     *
     * @throws BadInputException when the file is not JMH's JSON array of runs
     */
    static JmhRuns read(Path file) throws BadInputException, IOException {
        Map<String, Settings> runs = new HashMap<>();
        JsonElement root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new BadInputException(file + ": not valid JSON: " + ErrorLine.of(e));
        }
        if (!root.isJsonArray()) throw new BadInputException(file + ": not JMH's JSON (an array of runs)");
        for (JsonElement e : root.getAsJsonArray()) {
            if (!e.isJsonObject()) throw new BadInputException(file + ": not JMH's JSON (an array of runs)");
            JsonObject run = e.getAsJsonObject();
            if (!run.has("benchmark") || !run.has("mode") || !run.has("threads")) {
                throw new BadInputException(file + ": a run without benchmark, mode or threads");
            }
            String[] parts = run.get("benchmark").getAsString().split("\\.");
            if (parts.length < 2) throw new BadInputException(file + ": benchmark '" + run.get("benchmark").getAsString() + "' is not Class.method");
            Map<String, String> params = new TreeMap<>();
            if (run.has("params")) {
                for (Map.Entry<String, JsonElement> p : run.getAsJsonObject("params").entrySet()) params.put(p.getKey(), p.getValue().getAsString());
            }
            runs.put(key(parts[parts.length - 2] + "." + parts[parts.length - 1], Params.canonical(params)),
                    new Settings(run.get("mode").getAsString(), run.get("threads").getAsInt(), integer(run, "forks"),
                            integer(run, "warmupIterations"), integer(run, "measurementIterations"), integer(run, "measurementBatchSize")));
        }
        return new JmhRuns(runs);
    }

    private static int integer(JsonObject run, String key) {
        return run.has(key) ? run.get(key).getAsInt() : 0;
    }

    /** The settings of the Java row {@code benchmark} ({@code Class.method}) with {@code params}, or null. */
    Settings of(String benchmark, String params) {
        return runs.get(key(benchmark, params));
    }

    /** The benchmark threads of that row; 1 when unknown. */
    int threads(String benchmark, String params) {
        Settings s = of(benchmark, params);
        return s == null ? 1 : s.threads();
    }

    private static String key(String benchmark, String params) {
        return benchmark + " " + params;
    }
}
