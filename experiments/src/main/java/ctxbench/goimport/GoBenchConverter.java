package ctxbench.goimport;

import ctxbench.results.GoToolchain;
import ctxbench.results.ResultRow;
import ctxbench.results.SampleRow;
import ctxbench.results.Summary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns parsed {@code go test -bench} output into rows of the result schema with
 * {@code source=go}: per benchmark and params, metric {@code time} (ns/op), {@code alloc} (B/op)
 * and {@code allocs} (allocs/op) from {@code -benchmem}; other units ({@code MB/s},
 * {@code b.ReportMetric} units) are left out and listed in {@link Converted#skippedUnits()}.
 * Each repeated result line ({@code -count} N) is one sample ({@code fork=1}, {@code iteration}
 * = run number from 1); the score is the mean of the runs and the error the 99.9% Student-t
 * half-width, as JMH computes them ({@link Summary}).
 * <p>
 * When the input has several blocks (a {@code go-bench.txt} that runs were appended to), for each
 * Go package only the last block holding results of that package counts: a later run of a
 * package replaces an earlier one. (Per package, not per suite: suite {@code gobench} is two
 * packages, {@code context} and {@code runtime}, run one after the other.)
 */
public final class GoBenchConverter {
    /** The {@code source} of every row. */
    public static final String SOURCE = "go";

    /** Go unit → schema metric. */
    static final Map<String, String> METRICS = Map.of("ns/op", "time", "B/op", "alloc", "allocs/op", "allocs");
    private static final List<String> UNIT_ORDER = List.of("ns/op", "B/op", "allocs/op");

    private GoBenchConverter() {
    }

    /**
     * The rows of one conversion.
     *
     * @param results      result rows, series in order of first appearance, metrics time, alloc, allocs
     * @param samples      one row per run and metric
     * @param suites       the suites that have rows here
     * @param replaced     suite and toolchain label ({@code suite + "|" + label}) of every series here:
     *                     an import into a run replaces the earlier Go rows of exactly these
     * @param procs        the GOMAXPROCS values seen (the {@code -N} suffixes; 1 when absent)
     * @param skippedUnits units that are not part of the schema and were left out
     */
    public record Converted(List<ResultRow> results, List<SampleRow> samples, Set<String> suites, Set<String> replaced,
                            Set<Integer> procs, Set<String> skippedUnits) {
        /** The key of {@link #replaced} for a row of {@code suite} with these params. */
        public static String replacedKey(String suite, String params) {
            return suite + "|" + GoToolchain.label(params);
        }
    }

    private record Series(GoNames names, String params, Map<String, List<Double>> byUnit, Set<Integer> procs) {
    }

    /**
     * Converts.
     *
     * @throws IllegalArgumentException when a benchmark's package or name does not map (the message
     *                                  names the input line), or one series mixes GOMAXPROCS values
     */
    public static Converted convert(GoBenchOutput out) {
        List<GoNames> names = new ArrayList<>();
        Map<String, Integer> lastBlock = new HashMap<>(); // package -> last block with its results
        for (GoResult r : out.results()) {
            GoNames n;
            try {
                n = GoNames.of(r.pkg(), r.name());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + r.line() + ": " + e.getMessage(), e);
            }
            names.add(n);
            lastBlock.merge(r.pkg() + "|" + r.toolchain(), r.block(), Math::max);
        }
        Map<String, Series> series = new LinkedHashMap<>();
        Set<Integer> procs = new TreeSet<>();
        Set<String> skipped = new TreeSet<>();
        for (int i = 0; i < out.results().size(); i++) {
            GoResult r = out.results().get(i);
            GoNames n = names.get(i);
            if (r.block() != lastBlock.get(r.pkg() + "|" + r.toolchain())) continue;
            String params = GoToolchain.withLabel(n.params(), r.toolchain());
            String key = n.suite() + "\u0000" + n.benchmark() + "\u0000" + params;
            Series s = series.computeIfAbsent(key, k -> new Series(n, params, new LinkedHashMap<>(), new TreeSet<>()));
            s.procs().add(r.procs());
            if (s.procs().size() > 1) {
                throw new IllegalArgumentException("line " + r.line() + ": " + n.benchmark() + " " + n.params()
                        + " was run with different GOMAXPROCS " + s.procs() + " (go test -cpu); not supported");
            }
            procs.add(r.procs());
            r.values().forEach((unit, value) -> {
                if (METRICS.containsKey(unit)) {
                    s.byUnit().computeIfAbsent(unit, u -> new ArrayList<>()).add(value);
                } else {
                    skipped.add(unit);
                }
            });
        }
        List<ResultRow> results = new ArrayList<>();
        List<SampleRow> samples = new ArrayList<>();
        Set<String> suites = new LinkedHashSet<>();
        Set<String> replaced = new LinkedHashSet<>();
        for (Series s : series.values()) {
            GoNames n = s.names();
            suites.add(n.suite());
            replaced.add(Converted.replacedKey(n.suite(), s.params()));
            for (String unit : UNIT_ORDER) {
                List<Double> values = s.byUnit().get(unit);
                if (values == null) continue;
                String metric = METRICS.get(unit);
                double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
                results.add(new ResultRow(SOURCE, n.suite(), n.benchmark(), s.params(), metric, unit,
                        Summary.mean(v), Summary.error999(v), v.length));
                for (int k = 0; k < v.length; k++) {
                    samples.add(new SampleRow(SOURCE, n.suite(), n.benchmark(), s.params(), metric, unit, 1, k + 1, v[k]));
                }
            }
        }
        return new Converted(List.copyOf(results), List.copyOf(samples), suites, replaced, procs, skipped);
    }
}
