package ctxbench.run;

import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The short table {@code bench.sh} prints at the end of a run — benchmark, parameters, time
 * (score ± error) and allocation (B/op) — and the list of planned trials that have no result.
 */
public final class RunSummary {
    private RunSummary() {}

    /** One line per benchmark and parameter set, in the order of {@code rows}; columns padded to fit. */
    public static String table(List<ResultRow> rows) {
        Map<String, String[]> lines = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            String[] cells = lines.computeIfAbsent(r.benchmark() + "\u0000" + r.params(),
                    k -> new String[] {r.benchmark(), r.params(), "", "", ""});
            switch (r.metric()) {
                case "time" -> {
                    cells[2] = number(r.score()) + " " + r.unit();
                    cells[3] = Double.isNaN(r.error()) ? "" : "± " + number(r.error());
                }
                case "alloc" -> cells[4] = number(r.score());
                default -> { }
            }
        }
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"benchmark", "params", "time", "error", "B/op"});
        table.addAll(lines.values());
        int[] width = new int[5];
        for (String[] row : table) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 2;
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(number ? pad + row[i] : row[i] + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /**
     * The planned trials without a result row, as {@code Class.method params} (JMH leaves out a
     * trial that failed when it does not stop on errors).
     */
    public static List<String> missing(RunPlan plan, List<ResultRow> rows) {
        Set<String> present = new LinkedHashSet<>();
        for (ResultRow r : rows) {
            present.add(r.benchmark() + " " + r.params());
        }
        List<String> missing = new ArrayList<>();
        for (RunPlan.Trial t : plan.trials()) {
            String name = t.benchmark();
            int method = name.lastIndexOf('.');
            String simple = name.substring(name.lastIndexOf('.', method - 1) + 1);
            String key = simple + " " + Params.canonical(t.params());
            if (!present.contains(key)) {
                missing.add(key.strip());
            }
        }
        return missing;
    }

    /** Four significant digits, without exponent for the ranges benchmarks produce. */
    static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        int digits = Math.max(0, 3 - (int) Math.floor(Math.log10(Math.abs(v))));
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
