package ctxbench.results;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import ctxbench.cli.ErrorLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts JMH's own JSON ({@code -rf json}) into result and sample rows: {@code metric=time} from
 * the primary metric, {@code metric=alloc} (unit {@code B/op}) from the secondary metric
 * {@code gc.alloc.rate.norm} (or {@code ·gc.alloc.rate.norm} of older JMH),
 * {@code ctxsw_voluntary} and {@code ctxsw_involuntary} (unit {@code #/op}) from
 * {@code ctxsw.voluntary} and {@code ctxsw.involuntary} ({@code ContextSwitchProfiler}); other
 * secondary metrics are left out. Samples come from {@code rawData}, which holds measurement iterations only,
 * forks numbered from 1. Score and error are JMH's own ({@code "NaN"} error → none).
 */
public final class JmhImport {
    private JmhImport() {
    }

    /** The rows of one JMH JSON file. */
    public record Imported(List<ResultRow> results, List<SampleRow> samples) {
    }

    /** Reads and converts a JMH JSON file; {@link MalformedResultsException} when it is not one. */
    public static Imported fromJson(Path jmhJson) throws IOException {
        String text = ResultsCsv.readText(jmhJson);
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new MalformedResultsException(jmhJson, "not valid JSON (truncated?): " + ErrorLine.firstLine(rootCause(e)));
        }
        if (!root.isJsonArray()) throw new MalformedResultsException(jmhJson, "not JMH JSON: expected a top-level array");
        List<ResultRow> results = new ArrayList<>();
        List<SampleRow> samples = new ArrayList<>();
        JsonArray runs = root.getAsJsonArray();
        for (int i = 0; i < runs.size(); i++) {
            try {
                convert(runs.get(i).getAsJsonObject(), results, samples);
            } catch (RuntimeException e) {
                throw new MalformedResultsException(jmhJson, "not JMH JSON: entry " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Imported(List.copyOf(results), List.copyOf(samples));
    }

    private static void convert(JsonObject run, List<ResultRow> results, List<SampleRow> samples) {
        JmhNames names = JmhNames.of(string(run, "benchmark"));
        Map<String, String> params = new TreeMap<>();
        if (run.has("params")) {
            for (Map.Entry<String, JsonElement> e : run.getAsJsonObject("params").entrySet()) {
                params.put(e.getKey(), e.getValue().getAsString());
            }
        }
        String canonical = Params.canonical(params);
        add(names, canonical, "time", object(run, "primaryMetric"), results, samples);
        if (run.has("secondaryMetrics")) {
            for (Map.Entry<String, JsonElement> e : run.getAsJsonObject("secondaryMetrics").entrySet()) {
                String metric = JmhNames.secondaryMetric(e.getKey());
                if (metric != null) {
                    add(names, canonical, metric, e.getValue().getAsJsonObject(), results, samples);
                }
            }
        }
    }

    private static void add(JmhNames names, String params, String metric, JsonObject m,
                            List<ResultRow> results, List<SampleRow> samples) {
        String unit = string(m, "scoreUnit");
        int count = 0;
        if (m.has("rawData")) {
            JsonArray forks = m.getAsJsonArray("rawData");
            for (int f = 0; f < forks.size(); f++) {
                JsonArray iterations = forks.get(f).getAsJsonArray();
                for (int i = 0; i < iterations.size(); i++) {
                    samples.add(new SampleRow("java", names.suite(), names.benchmark(), params, metric, unit,
                            f + 1, i + 1, number(iterations.get(i), "rawData")));
                    count++;
                }
            }
        }
        results.add(new ResultRow("java", names.suite(), names.benchmark(), params, metric, unit,
                number(m.get("score"), "score"), m.has("scoreError") ? number(m.get("scoreError"), "scoreError") : Double.NaN,
                count));
    }

    private static JsonObject object(JsonObject o, String name) {
        if (!o.has(name) || !o.get(name).isJsonObject()) throw new IllegalStateException("no '" + name + "' object");
        return o.getAsJsonObject(name);
    }

    private static String string(JsonObject o, String name) {
        if (!o.has(name) || !o.get(name).isJsonPrimitive()) throw new IllegalStateException("no '" + name + "'");
        return o.get(name).getAsString();
    }

    private static double number(JsonElement e, String what) {
        if (e == null || !e.isJsonPrimitive()) throw new IllegalStateException("'" + what + "' is not a number");
        if (e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString();
            if (s.equals("NaN")) return Double.NaN;
            throw new IllegalStateException("'" + what + "' is not a number: '" + s + "'");
        }
        return e.getAsDouble();
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
