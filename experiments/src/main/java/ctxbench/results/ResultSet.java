package ctxbench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one input holds: result rows and, where the input has them, raw samples.
 * {@link #load} accepts every form a result can take: a run folder ({@code results.csv} and
 * {@code samples.csv}, or only {@code jmh.json}), a {@code results.csv} (its sibling
 * {@code samples.csv} is read too), a JMH JSON file or a JMH CSV file.
 *
 * @param origin  what was loaded, for messages
 * @param results the result rows, in file order
 * @param samples the raw samples (empty when the input has none)
 */
public record ResultSet(Path origin, List<ResultRow> results, List<SampleRow> samples) {
    /** Copies the lists. */
    public ResultSet {
        results = List.copyOf(results);
        samples = List.copyOf(samples);
    }

    /**
     * Loads {@code path}: a run folder, a {@code results.csv}, a JMH JSON or a JMH CSV file.
     *
     * @throws MalformedResultsException when it does not exist or is none of these, or when one
     *     series has two result rows or its rows and samples are in different units (such a set
     *     cannot be compared or charted)
     */
    public static ResultSet load(Path path) throws IOException {
        return consistent(loadAny(path));
    }

    private static ResultSet loadAny(Path path) throws IOException {
        if (Files.isDirectory(path)) return loadFolder(path);
        if (!Files.exists(path)) throw new MalformedResultsException(path, "no such file or folder");
        String text = ResultsCsv.readText(path);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = body.stripLeading();
        if (trimmed.isEmpty()) throw new MalformedResultsException(path, "empty file");
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            JmhImport.Imported imported = JmhImport.fromJson(path);
            return new ResultSet(path, imported.results(), imported.samples());
        }
        if (JmhCsv.isHeader(body)) return new ResultSet(path, JmhCsv.read(path), List.of());
        if (body.startsWith(String.join(",", ResultsCsv.SAMPLE_COLUMNS))) {
            throw new MalformedResultsException(path, "this is a samples.csv; give its results.csv or run folder");
        }
        Path samples = path.toAbsolutePath().resolveSibling(RunFolder.SAMPLES_CSV);
        return new ResultSet(path, ResultsCsv.readResults(path),
                Files.exists(samples) ? ResultsCsv.readSamples(samples) : List.of());
    }

    private static ResultSet loadFolder(Path dir) throws IOException {
        RunFolder run = RunFolder.at(dir);
        Path results = run.resultsCsv();
        if (Files.exists(results)) {
            Path samples = run.samplesCsv();
            return new ResultSet(dir, ResultsCsv.readResults(results),
                    Files.exists(samples) ? ResultsCsv.readSamples(samples) : List.of());
        }
        Path json = run.jmhJson();
        if (Files.exists(json)) {
            JmhImport.Imported imported = JmhImport.fromJson(json);
            return new ResultSet(dir, imported.results(), imported.samples());
        }
        throw new MalformedResultsException(dir, "folder holds neither " + RunFolder.RESULTS_CSV + " nor " + RunFolder.JMH_JSON);
    }

    /** {@code set}, checked: one result row per series, and its samples in the row's unit. */
    private static ResultSet consistent(ResultSet set) throws MalformedResultsException {
        Map<SeriesKey, String> units = new HashMap<>();
        for (ResultRow r : set.results) {
            String previous = units.putIfAbsent(r.key(), r.unit());
            if (previous != null) {
                throw new MalformedResultsException(set.origin, previous.equals(r.unit())
                        ? "more than one row for " + describe(r.key())
                        : mixedUnits(r.key(), previous, r.unit()));
            }
        }
        for (SampleRow s : set.samples) {
            String unit = units.get(s.key());
            if (unit != null && !unit.equals(s.unit())) {
                throw new MalformedResultsException(set.origin, mixedUnits(s.key(), unit, s.unit()));
            }
        }
        return set;
    }

    private static String mixedUnits(SeriesKey key, String unit, String other) {
        return "mixed units for " + describe(key) + ": " + unit + " and " + other;
    }

    /** {@code source suite/Class.method params metric}, the way the tools name a series in messages. */
    private static String describe(SeriesKey k) {
        return k.source() + " " + k.suite() + "/" + k.label();
    }

    /** The raw values of each series, in file order, keyed by {@link SeriesKey}. */
    public Map<SeriesKey, double[]> samplesByKey() {
        Map<SeriesKey, List<Double>> lists = new LinkedHashMap<>();
        for (SampleRow s : samples) lists.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s.value());
        Map<SeriesKey, double[]> out = new LinkedHashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }
}
