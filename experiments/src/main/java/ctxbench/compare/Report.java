package ctxbench.compare;

import ctxbench.results.SeriesKey;
import ctxbench.stats.Geomean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything compare prints: the compared rows, one geomean row per unit, the series found on one
 * side only, and how many Java rows had no Go counterpart by construction.
 *
 * @param oldName        short name of the old side: {@code old}, or its source ({@code java})
 * @param oldLabel       what the old side is (its path)
 * @param newName        short name of the new side: {@code new}, or its source ({@code go})
 * @param newLabel       what the new side is
 * @param alpha          the significance level
 * @param javaOnlyParams Java rows left out because a Java-only parameter is not the model's value
 */
record Report(String oldName, String oldLabel, String newName, String newLabel, double alpha, List<Comparison> rows, List<GeomeanRow> geomeans,
              List<SeriesKey> onlyOld, List<SeriesKey> onlyNew, int javaOnlyParams) {

    /**
     * The geometric mean of the new/old median ratios of all rows in one unit whose medians are both
     * positive. Its change is shown as {@code ~} when none of those rows changed significantly.
     */
    record GeomeanRow(String unit, double ratio, int count, boolean anySignificant) {
        /** {@code (ratio - 1) · 100}. */
        double changePct() {
            return (ratio - 1) * 100;
        }

        /** {@code over 3 rows}. */
        String describe() {
            return "over " + count + (count == 1 ? " row" : " rows");
        }
    }

    /** Compares every pair at level {@code alpha}. */
    static Report of(String oldName, String oldLabel, String newName, String newLabel, Pairing pairing,
                     double alpha) {
        List<Comparison> rows = new ArrayList<>();
        for (Pairing.Pair pair : pairing.pairs()) rows.add(Comparison.of(pair, alpha));
        Map<String, List<Comparison>> byUnit = new LinkedHashMap<>();
        for (Comparison c : rows) {
            if (c.old().center() > 0 && c.current().center() > 0) {
                byUnit.computeIfAbsent(c.unit(), u -> new ArrayList<>()).add(c);
            }
        }
        List<GeomeanRow> geomeans = new ArrayList<>();
        byUnit.forEach((unit, list) -> geomeans.add(new GeomeanRow(unit,
                Geomean.of(list.stream().mapToDouble(c -> c.current().center() / c.old().center()).toArray()),
                list.size(), list.stream().anyMatch(Comparison::significant))));
        return new Report(oldName, oldLabel, newName, newLabel, alpha, List.copyOf(rows), List.copyOf(geomeans), pairing.onlyOld(),
                pairing.onlyNew(), pairing.javaOnlyParams());
    }

    /** The rows that are significant changes for the worse by more than {@code pct} percent. */
    List<Comparison> regressionsBeyond(double pct) {
        return rows.stream().filter(c -> c.regressionBeyond(pct)).toList();
    }
}
