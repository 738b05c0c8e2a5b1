package ctxbench.compare;

import ctxbench.results.CsvText;
import ctxbench.results.DecimalText;
import ctxbench.results.SeriesKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The machine-readable form of a {@link CompareResult}: one RFC 4180 table, one line per compared row
 * ({@code kind=compared}), geomean ({@code geomean}: per suite and unit with the suite filled in,
 * over all suites with it empty; see {@link CompareResult#geomeans()}) and one-sided series
 * ({@code only_old}, {@code only_new}). Numbers in plain decimal notation; an empty cell is "none".
 */
final class CsvReport {
    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("kind", "old_source", "new_source", "suite", "benchmark", "params",
            "metric", "unit", "old_n", "old_median", "old_lo", "old_hi", "new_n", "new_median", "new_lo", "new_hi",
            "change_pct", "p", "significant", "verdict", "notes");

    private CsvReport() {
    }

    /** Renders {@code report}. */
    static String render(CompareResult report) {
        StringBuilder out = new StringBuilder();
        CsvText.appendRecord(out, COLUMNS);
        for (Comparison c : report.rows()) {
            row(out, "compared", source(report.oldName(), c.key()), source(report.newName(), c.key()), c.key(), c.unit(),
                    List.of(Integer.toString(c.old().n()), num(c.old().center()), num(c.old().lo()), num(c.old().hi()),
                            Integer.toString(c.current().n()), num(c.current().center()), num(c.current().lo()),
                            num(c.current().hi()), num(c.changePct()), num(c.p()), Boolean.toString(c.significant()),
                            c.verdict(), String.join("; ", c.notes())));
        }
        for (CompareResult.GeomeanRow g : report.geomeans()) {
            List<String> cells = new ArrayList<>(List.of("geomean", "", "", g.suite(), "geomean", "", "", g.unit()));
            cells.addAll(List.of("", "", "", "", "", "", "", "", num(g.changePct()), "",
                    Boolean.toString(g.anySignificant()), "", g.describe()));
            CsvText.appendRecord(out, cells);
        }
        for (SeriesKey k : report.onlyOld()) row(out, "only_old", source(report.oldName(), k), "", k, "", blanks());
        for (SeriesKey k : report.onlyNew()) row(out, "only_new", "", source(report.newName(), k), k, "", blanks());
        return out.toString();
    }

    private static void row(StringBuilder out, String kind, String oldSource, String newSource, SeriesKey k,
                            String unit, List<String> rest) {
        List<String> cells = new ArrayList<>(List.of(kind, oldSource, newSource, k.suite(), k.benchmark(), k.params(),
                k.metric(), unit));
        cells.addAll(rest);
        CsvText.appendRecord(out, cells);
    }

    /** The source of a side: the key's own, or the side's name in the java/go case (keys without source). */
    private static String source(String sideName, SeriesKey k) {
        return k.source().isEmpty() ? sideName : k.source();
    }

    private static List<String> blanks() {
        return Collections.nCopies(COLUMNS.size() - 8, "");
    }

    private static String num(double v) {
        return Double.isFinite(v) ? DecimalText.format(v) : "";
    }
}
