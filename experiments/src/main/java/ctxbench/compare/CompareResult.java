package ctxbench.compare;

import ctxbench.results.SeriesKey;
import ctxbench.stats.Geomean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything compare prints: the compared rows, the geomean rows, the series found on one side
 * only, and how many Java rows had no Go counterpart by construction.
 *
 * @param oldName        short name of the old side: {@code old}, or its source ({@code java})
 * @param oldLabel       what the old side is (its path)
 * @param newName        short name of the new side: {@code new}, or its source ({@code go})
 * @param newLabel       what the new side is
 * @param alpha          the significance level
 * @param geomeans       one per suite and unit where that suite has at least two comparable rows
 *                       and the unit's rows span more than one suite (else it would repeat the
 *                       overall one), suites in the order of their first row; then one per unit
 *                       over all suites
 * @param javaOnlyParams Java rows left out because a Java-only parameter is not the model's value
 */
record CompareResult(String oldName, String oldLabel, String newName, String newLabel, double alpha, List<Comparison> rows, List<GeomeanRow> geomeans,
              List<SeriesKey> onlyOld, List<SeriesKey> onlyNew, int javaOnlyParams) {

    /**
     * The geometric mean of the new/old median ratios of the rows in one unit, of one suite or of
     * all, whose medians are both positive (benchstat's geomean, which it gives per table, that is
     * per package and unit). Its change is shown as {@code ~} when none of those rows changed
     * significantly.
     *
     * @param suite the suite, or empty for all suites
     */
    record GeomeanRow(String suite, String unit, double ratio, int count, boolean anySignificant) {
        /** {@code (ratio - 1) · 100}. */
        double changePct() {
            return (ratio - 1) * 100;
        }

        /** {@code over 3 rows}. */
        String describe() {
            return "over " + count + (count == 1 ? " row" : " rows");
        }

        /** The geomean of {@code rows} (all in {@code unit}, with positive medians). */
        static GeomeanRow of(String suite, String unit, List<Comparison> rows) {
            double[] ratios = rows.stream().mapToDouble(c -> c.current().center() / c.old().center()).toArray();
            return new GeomeanRow(suite, unit, Geomean.of(ratios), rows.size(), rows.stream().anyMatch(Comparison::significant));
        }
    }

    /** Compares every pair at level {@code alpha}. */
    static CompareResult of(String oldName, String oldLabel, String newName, String newLabel, Pairing pairing,
                     double alpha) {
        List<Comparison> rows = new ArrayList<>();
        for (Pairing.Pair pair : pairing.pairs()) rows.add(Comparison.of(pair, alpha));
        Map<String, List<Comparison>> byUnit = new LinkedHashMap<>();
        Map<String, Map<String, List<Comparison>>> bySuiteAndUnit = new LinkedHashMap<>();
        for (Comparison c : rows) {
            if (c.old().center() > 0 && c.current().center() > 0) {
                byUnit.computeIfAbsent(c.unit(), u -> new ArrayList<>()).add(c);
                bySuiteAndUnit.computeIfAbsent(c.key().suite(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(c.unit(), u -> new ArrayList<>()).add(c);
            }
        }
        List<GeomeanRow> geomeans = new ArrayList<>();
        bySuiteAndUnit.forEach((suite, units) -> units.forEach((unit, list) -> {
            if (list.size() >= 2 && list.size() < byUnit.get(unit).size()) geomeans.add(GeomeanRow.of(suite, unit, list));
        }));
        byUnit.forEach((unit, list) -> geomeans.add(GeomeanRow.of("", unit, list)));
        return new CompareResult(oldName, oldLabel, newName, newLabel, alpha, List.copyOf(rows), List.copyOf(geomeans), pairing.onlyOld(),
                pairing.onlyNew(), pairing.javaOnlyParams());
    }

    /** The rows that are significant changes for the worse by more than {@code pct} percent. */
    List<Comparison> regressionsBeyond(double pct) {
        return rows.stream().filter(c -> c.regressionBeyond(pct)).toList();
    }
}
