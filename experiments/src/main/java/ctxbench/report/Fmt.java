package ctxbench.report;

import ctxbench.results.Series;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How numbers read in REPORT.md: three significant digits in plain notation, times scaled to
 * ns/µs/ms/s, bytes to B/KiB/MiB, counts grouped by thousands, ratios as {@code 2.10×} with their
 * interval, spreads as {@code ±1.2%}. Deterministic (no locale): the same data gives the same text.
 */
final class Fmt {
    /** What a cell or number shows when the run has no data for it. */
    static final String NONE = "–";
    /** The mark of a value shown without a 95% interval. */
    static final String NO_INTERVAL = "†";

    private Fmt() {
    }

    /** Three significant digits, plain notation, no trailing zeros: {@code 612}, {@code 1.23}, {@code 0.0000274}. */
    static String sig(double v) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return NONE;
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A duration given in nanoseconds: {@code 612 ns}, {@code 1.23 µs}, {@code 201 ms}, {@code 1.2 s}. */
    static String nanos(double ns) {
        if (!Double.isFinite(ns)) return NONE;
        double a = Math.abs(ns);
        if (a >= 1e9) return sig(ns / 1e9) + " s";
        if (a >= 1e6) return sig(ns / 1e6) + " ms";
        if (a >= 1e3) return sig(ns / 1e3) + " µs";
        return sig(ns) + " ns";
    }

    /** A byte count: {@code 304 B}, {@code 1.5 KiB}, {@code 12.3 MiB}. */
    static String bytes(double b) {
        if (!Double.isFinite(b)) return NONE;
        double a = Math.abs(b);
        if (a >= 1024 * 1024 * 1024.0) return sig(b / (1024 * 1024 * 1024.0)) + " GiB";
        if (a >= 1024 * 1024.0) return sig(b / (1024 * 1024.0)) + " MiB";
        if (a >= 1024) return sig(b / 1024) + " KiB";
        return sig(b) + " B";
    }

    /**
     * A count: whole numbers, and anything from 1000 up rounded to one, grouped ({@code 100,000},
     * {@code 2,000} for 1999.8); smaller fractions with three significant digits ({@code 2.53}).
     */
    static String count(double v) {
        if (!Double.isFinite(v)) return NONE;
        if ((v == Math.rint(v) || Math.abs(v) >= 1000) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", Math.round(v));
        return sig(v);
    }

    /** A ratio: {@code 2.10×}, three significant digits kept ({@code 1.00×}, {@code 762×}, {@code 1,610,000×}). */
    static String times(double r) {
        if (!Double.isFinite(r)) return NONE;
        BigDecimal rounded = new BigDecimal(r).round(new MathContext(3));
        if (rounded.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) return String.format(Locale.ROOT, "%,d", rounded.longValue()) + "×";
        return plain3(r) + "×";
    }

    /** A ratio with its interval: {@code 2.10× [1.95–2.30]}, or {@code 2.10×†} without one. */
    static String ratio(Ratio r) {
        if (!Double.isFinite(r.value())) return NONE;
        if (!r.hasInterval()) return times(r.value()) + NO_INTERVAL;
        return times(r.value()) + " [" + plain3(r.lo()) + "–" + plain3(r.hi()) + "]";
    }

    /** The half-width of an interval relative to its centre, the larger side: {@code ±1.2%}, {@code ±15%}. */
    static String spread(Series.Center c) {
        if (!c.hasInterval()) return NO_INTERVAL;
        double pct = Math.max(c.hi() - c.median(), c.median() - c.lo()) / Math.abs(c.median()) * 100;
        if (!Double.isFinite(pct)) return NO_INTERVAL;
        return "±" + (pct < 10 ? String.format(Locale.ROOT, "%.1f", pct) : String.format(Locale.ROOT, "%.0f", pct)) + "%";
    }

    /** A time measure: {@code 1.23 µs ±2.1%}, {@code 1.23 µs†} without an interval; {@link #NONE} when absent. */
    static String time(Series m) {
        if (m == null) return NONE;
        Series.Center c = m.nanos();
        String s = spread(c);
        return nanos(c.median()) + (s.equals(NO_INTERVAL) ? s : " " + s);
    }

    /** The median of a byte measure, e.g. {@code 304 B}; {@link #NONE} when absent. */
    static String bytes(Series m) {
        return m == null ? NONE : bytes(m.center().median());
    }

    /** The median of a count measure (allocations, timers, goroutines); {@link #NONE} when absent. */
    static String count(Series m) {
        return m == null ? NONE : count(m.center().median());
    }

    /** The ratio of {@code a} to {@code b} with its interval; {@link #NONE} when either is absent. */
    static String ratio(Series a, Series b) {
        return a == null || b == null ? NONE : ratio(Ratio.of(a, b));
    }

    /** {@code a} compared with {@code b} in words ({@link Ratio#timeVerdict()}), or that the run lacks one. */
    static String verdict(Series a, Series b) {
        return a == null || b == null ? NO_COMPARISON : Ratio.of(a, b).timeVerdict();
    }

    /** The words of a comparison the run has no data for. */
    static final String NO_COMPARISON = "not compared (no data in this run) with";

    /** A p-value: {@code p=0.0002}, {@code p=0.41}. */
    static String p(double p) {
        if (Double.isNaN(p)) return "no test";
        return "p=" + (p < 0.001 ? String.format(Locale.ROOT, "%.1e", p) : sig(p));
    }

    /** Exactly three significant digits, trailing zeros kept: {@code 3.00}, {@code 2.99}, {@code 0.397}, {@code 762}, {@code 1230}. */
    static String plain3(double v) {
        if (v == 0) return "0.00";
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(3));
        return rounded.setScale(Math.max(0, 3 - rounded.precision() + rounded.scale())).toPlainString();
    }
}
