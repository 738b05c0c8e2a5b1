package ctxbench.charts;

import ctxbench.results.ModelDefaults;
import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a result row appears in a chart: the series it belongs to (source plus the Java-only
 * parameters: implementation, timer queue, goroutine runtime, threads — so the legend names them) and the category
 * it sits in (the other parameters, e.g. the variant). Java and Go rows of the same variant land in
 * the same category, side by side.
 *
 * @param series   legend entry, e.g. {@code java queue=go-heap} or {@code go}
 * @param category axis entry, e.g. {@code variant=after}; {@code (no params)} when there are none
 */
record RowLabels(String series, String category) {

    /** The labels of {@code row}. */
    static RowLabels of(ResultRow row) {
        return of(row, null);
    }

    /**
     * The labels of {@code row} when {@code axisParam} is on the x axis: it is left out of both, and
     * the other (non Java-only) parameters join the series name instead of forming the category.
     */
    static RowLabels of(ResultRow row, String axisParam) {
        List<String> series = new ArrayList<>(List.of(row.source()));
        List<String> category = new ArrayList<>();
        for (Map.Entry<String, String> e : Params.parse(row.params()).entrySet()) {
            if (e.getKey().equals(axisParam)) continue;
            String pair = e.getKey() + "=" + e.getValue();
            if (ModelDefaults.JAVA_ONLY.contains(e.getKey()) || axisParam != null) series.add(pair); else category.add(pair);
        }
        return new RowLabels(String.join(" ", series), category.isEmpty() ? "(no params)" : String.join(" ", category));
    }

    /** The axis title for a set of category labels: the parameter name when they all share one. */
    static String categoryAxisLabel(List<String> categories) {
        String name = null;
        for (String c : categories) {
            int eq = c.indexOf('=');
            if (eq < 0 || c.indexOf(' ') >= 0) return "parameters";
            String key = c.substring(0, eq);
            if (name != null && !name.equals(key)) return "parameters";
            name = key;
        }
        return name == null ? "parameters" : name;
    }

    /** A readable axis title for a metric and unit: {@code time (ns/op)}, {@code allocation (B/op)}, {@code voluntary context switches (#/op)}. */
    static String metricAxisLabel(String metric, String unit) {
        String name = switch (metric) {
            case "alloc" -> "allocation";
            case "allocs" -> "allocations";
            case "ctxsw_voluntary" -> "voluntary context switches";
            case "ctxsw_involuntary" -> "involuntary context switches";
            default -> metric;
        };
        return name + " (" + unit + ")";
    }
}
