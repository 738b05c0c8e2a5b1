package ctxbench.compare;

import ctxbench.results.SeriesKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human-readable form of a {@link CompareResult}, after benchstat: an aligned table of
 * {@code median ±CI%} for both sides, the change or {@code ~}, p and n, geomean rows (per suite
 * and unit where a suite has at least two rows in a unit that other suites share, then per unit
 * over all suites, the suite left empty), then the series found on one side only and numbered notes.
 */
final class TextReport {
    private static final boolean[] RIGHT = {false, false, false, false, false, false, true, true, true, true, true, false};

    private TextReport() {
    }

    /** Renders {@code report}. */
    static String render(CompareResult report) {
        StringBuilder out = new StringBuilder();
        out.append(report.oldName()).append(": ").append(report.oldLabel()).append('\n');
        out.append(report.newName()).append(": ").append(report.newLabel()).append('\n');
        out.append("medians with 95% confidence intervals; p: two-sided Mann-Whitney U test; ~: no significant change at alpha=")
                .append(report.alpha()).append("\n\n");
        TextTable table = new TextTable(List.of("source", "suite", "benchmark", "params", "metric", "unit",
                report.oldName(), report.newName(), "change", "p", "n", ""), RIGHT);
        List<String> notes = new ArrayList<>();
        for (Comparison c : report.rows()) {
            StringBuilder marks = new StringBuilder(c.verdict());
            for (String note : c.notes()) {
                if (!notes.contains(note)) notes.add(note);
                marks.append(marks.isEmpty() ? "" : " ").append('[').append(notes.indexOf(note) + 1).append(']');
            }
            table.add(List.of(c.key().source(), c.key().suite(), c.key().benchmark(), c.key().params(), c.key().metric(), c.unit(),
                    estimate(c.old()), estimate(c.current()), c.significant() ? percent(c.changePct()) : "~",
                    Double.isNaN(c.p()) ? "-" : String.format(Locale.ROOT, "%.3f", c.p()),
                    c.old().n() + "+" + c.current().n(), marks.toString()));
        }
        for (CompareResult.GeomeanRow g : report.geomeans()) {
            table.add(List.of("", g.suite(), "geomean", "", "", g.unit(), "", "", g.anySignificant() ? percent(g.changePct()) : "~",
                    "", "", g.describe()));
        }
        out.append(table.render(report.rows().stream().allMatch(c -> c.key().source().isEmpty()) ? 0 : -1));
        if (report.rows().isEmpty()) out.append("no benchmark is on both sides\n");
        appendKeys(out, "only in " + report.oldName(), report.onlyOld());
        appendKeys(out, "only in " + report.newName(), report.onlyNew());
        if (report.javaOnlyParams() > 0) {
            boolean one = report.javaOnlyParams() == 1;
            out.append('\n').append(report.javaOnlyParams()).append(one ? " java row uses" : " java rows use")
                    .append(" Java-only parameter values (impl, queue, sched other than model, go-heap, go; any threads) and ")
                    .append(one ? "has" : "have").append(" no go counterpart\n");
        }
        if (!notes.isEmpty()) {
            out.append("\nnotes:\n");
            for (int i = 0; i < notes.size(); i++) out.append("  [").append(i + 1).append("] ").append(notes.get(i)).append('\n');
        }
        return out.toString();
    }

    private static void appendKeys(StringBuilder out, String title, List<SeriesKey> keys) {
        if (keys.isEmpty()) return;
        out.append('\n').append(title).append(" (").append(keys.size()).append("):\n");
        for (SeriesKey k : keys) {
            out.append("  ").append(k.source().isEmpty() ? "" : k.source() + " ").append(k.suite()).append('/')
                    .append(k.label()).append('\n');
        }
    }

    /** {@code 1235 ±2.1%}, {@code 0 ±0%}, or {@code 1235 ±∞} without an interval. */
    static String estimate(Estimate e) {
        String center = number(e.center());
        if (e.n() == 0) return center;
        if (!e.hasInterval()) return center + " ±∞";
        if (e.center() == 0) return e.lo() == 0 && e.hi() == 0 ? "0 ±0%" : "0 ±" + number(Math.max(-e.lo(), e.hi()));
        double pct = e.relativeHalfWidth() * 100;
        if (pct == 0) return center + " ±0%";
        return center + " ±" + (pct < 10 ? String.format(Locale.ROOT, "%.1f", pct) : String.format(Locale.ROOT, "%.0f", pct)) + "%";
    }

    /** Four significant digits in plain notation ({@code 1235}, {@code 12.35}, {@code 0.001235}); exponent beyond. */
    static String number(double v) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1e7 || a < 1e-4) return String.format(Locale.ROOT, "%.3e", v);
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** {@code +12.34%}, {@code -5.00%}, {@code +∞%} when the old median is 0. */
    static String percent(double pct) {
        return Double.isNaN(pct) ? "+∞%" : String.format(Locale.ROOT, "%+.2f%%", pct);
    }
}
