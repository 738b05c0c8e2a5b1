package ctxbench.report;

import static ctxbench.seed.SeedVariant.AFTER;
import static ctxbench.seed.SeedVariant.BEFORE_CANCEL;
import static ctxbench.seed.SeedVariant.BEFORE_LEAKY;
import static ctxbench.seed.SeedVariant.TIMER_STOP;

import ctxbench.results.Series;
import ctxbench.seed.SeedVariant;
import ctxbench.stats.MedianInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The seed suite's regions ({@code SeedRequest.fastPath}, {@code SeedRequest.timeoutPath}; Go:
 * {@code experiments/go/seed}): per-variant time and allocation in the model and in Go, the
 * allocation breakdown against Go's documented sizes, the verdict (variants ranked), and every
 * variant-against-variant ratio and verdict as inline numbers and words.
 *
 * <p>Regions: tables {@code seed-fast}, {@code seed-timeout}, {@code seed-alloc},
 * {@code verdict-fast}, {@code verdict-timeout}; charts {@code seed-fast}, {@code seed-timeout};
 * for every source S ∈ {@code go, model}, path P ∈ {@code fast, timeout} and variants A ≠ B:
 * num and text {@code seed.S.P.A-vs-B} (A's time over B's, and "slower than"/"faster than"/"not
 * measurably different from"); num {@code seed.S.alloc-delta.A} (A's allocation minus after's);
 * text {@code answer.S}: the answer to the seed's question that S's fast-path data supports
 * ({@link #answer}).
 */
final class SeedFragments {
    static final String SUITE = "seed";
    static final String FAST = "SeedRequest.fastPath";
    static final String TIMEOUT = "SeedRequest.timeoutPath";
    /** Sources in the order tables show them: the model, then Go. */
    static final List<String> SOURCES = List.of(RunData.MODEL, "go");

    /**
     * What each variant allocates for its timeout in Go 1.19 (research/go-internals.md, measured
     * there on Go 1.19.8): WithTimeout with its done channel, or a channel timer.
     */
    private static final Map<String, String> DOCUMENTED = Map.of(
            BEFORE_LEAKY.variantName, "WithTimeout: timerCtx 96 B, AfterFunc closure 16 B, *time.Timer 80 B, cancel closure 16 B, "
                    + "done channel 96 B = 304 B in 5",
            BEFORE_CANCEL.variantName, "the same as " + BEFORE_LEAKY.variantName + ": 304 B in 5",
            AFTER.variantName, "time.After: channel with its 1-slot buffer and *time.Timer = 200 B in 3",
            TIMER_STOP.variantName, "time.NewTimer: the same as " + AFTER.variantName + ": 200 B in 3");
    /** The documented difference to after, in bytes and allocations: 304 − 200 B, 5 − 3. */
    private static final Map<String, String> DOCUMENTED_DELTA = Map.of(
            BEFORE_LEAKY.variantName, "+104 B, +2", BEFORE_CANCEL.variantName, "+104 B, +2", AFTER.variantName, "0",
            TIMER_STOP.variantName, "0");

    private SeedFragments() {
    }

    /** Every region of this suite. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("seed-fast", in -> perVariant(in.run(), FAST)));
        out.add(Fragment.table("seed-timeout", in -> perVariant(in.run(), TIMEOUT)));
        out.add(Fragment.table("seed-alloc", in -> allocation(in.run())));
        out.add(Fragment.table("verdict-fast", in -> verdict(in.run(), FAST)));
        out.add(Fragment.table("verdict-timeout", in -> verdict(in.run(), TIMEOUT)));
        out.add(ChartLinks.chart("seed-fast", ChartLinks.bars(SUITE, FAST), "seed: SeedRequest.fastPath, time and allocation per request, model and Go",
                ChartLinks.hasBars(SUITE, FAST), "SeedRequest.fastPath rows"));
        out.add(ChartLinks.chart("seed-timeout", ChartLinks.bars(SUITE, TIMEOUT),
                "seed: SeedRequest.timeoutPath, time and allocation per request, model and Go",
                ChartLinks.hasBars(SUITE, TIMEOUT), "SeedRequest.timeoutPath rows"));
        for (String source : SOURCES) {
            for (String path : List.of("fast", "timeout")) {
                String bench = path.equals("fast") ? FAST : TIMEOUT;
                for (String a : SeedVariant.NAMES) {
                    for (String b : SeedVariant.NAMES) {
                        if (a.equals(b)) continue;
                        String name = "seed." + source + "." + path + "." + a + "-vs-" + b;
                        out.add(Fragment.num(name, in -> Fmt.ratio(time(in.run(), source, bench, a), time(in.run(), source, bench, b))));
                        out.add(Fragment.text(name, in -> Fmt.verdict(time(in.run(), source, bench, a), time(in.run(), source, bench, b))));
                    }
                }
            }
            for (String v : SeedVariant.NAMES) {
                out.add(Fragment.num("seed." + source + ".alloc-delta." + v, in -> allocDelta(in.run(), source, v)));
            }
            out.add(Fragment.text("answer." + source, in -> answer(in.run(), source)));
            out.add(Fragment.num("seed." + source + ".fast.spread", in -> spread(in.run(), source)));
        }
        return out;
    }

    /**
     * How far apart single measurements of one thing are: the largest max/min ratio among the
     * fast-path samples of each variant (JMH iterations or Go {@code -count} runs).
     */
    static String spread(RunData run, String source) {
        double widest = 0;
        for (String v : SeedVariant.NAMES) {
            Series m = time(run, source, FAST, v);
            if (m == null || m.samples().length < 2) continue;
            double min = Arrays.stream(m.samples()).min().orElseThrow();
            double max = Arrays.stream(m.samples()).max().orElseThrow();
            if (min > 0) widest = Math.max(widest, max / min);
        }
        return widest == 0 ? Fmt.NONE : Fmt.times(widest);
    }

    /**
     * The answer to the seed's question that one source's fast-path data supports, as a clause:
     * whether the seed's before ({@link SeedVariant#BEFORE_LEAKY}) is slower than its after, and whether
     * cancelling the context ({@link SeedVariant#BEFORE_CANCEL}) removes the difference. Significance is the
     * U test's at {@link Ratio#ALPHA}; with too few samples for a test it says so.
     */
    static String answer(RunData run, String source) {
        Series leaky = time(run, source, FAST, BEFORE_LEAKY.variantName);
        Series cancel = time(run, source, FAST, BEFORE_CANCEL.variantName);
        Series after = time(run, source, FAST, AFTER.variantName);
        if (leaky == null || cancel == null || after == null) {
            return "the fast-path measurements needed to tell which explanation holds are missing";
        }
        Ratio leakyVsAfter = Ratio.of(leaky, after);
        Ratio leakyVsCancel = Ratio.of(leaky, cancel);
        Ratio cancelVsAfter = Ratio.of(cancel, after);
        if (!leakyVsAfter.tested() || !leakyVsCancel.tested()) {
            return "there are too few samples to tell which explanation holds (the ratios below are untested)";
        }
        boolean leakySlower = leakyVsAfter.significant() && leakyVsAfter.value() > 1;
        boolean cancelHelps = leakyVsCancel.significant() && leakyVsCancel.value() > 1;
        if (leakySlower && cancelHelps) {
            String rest = !cancelVsAfter.tested() || !cancelVsAfter.significant() ? "about as fast as time.After"
                    : cancelVsAfter.value() > 1 ? "faster than the leaky code, though still slower than time.After"
                    : "even faster than time.After";
            return "the seed's before code is slower than its after code, and adding `defer cancel()` to the before code makes it "
                    + rest + ": the speed-up came mostly from the leak the change removed, not from time.After being a cheaper timeout";
        }
        if (leakySlower) {
            return "the seed's before code is slower than its after code, and `defer cancel()` does not measurably close the gap: "
                    + "WithTimeout itself is the slower timeout here";
        }
        if (leakyVsAfter.significant()) return "the seed's before code is faster than its after code, so this run does not reproduce the team's speed-up";
        return "the seed's before and after code are not measurably different, so this run does not reproduce the team's speed-up";
    }

    /** The time per request of one variant, or null. */
    static Series time(RunData run, String source, String bench, String variant) {
        return run.find(source, SUITE, bench, RunData.params("variant", variant), "time");
    }

    private static Series metric(RunData run, String source, String bench, String variant, String metric) {
        return run.find(source, SUITE, bench, RunData.params("variant", variant), metric);
    }

    private static String perVariant(RunData run, String bench) {
        MarkdownTable t = new MarkdownTable(List.of("variant", "model: time", "model: B/op", "Go: time", "Go: B/op", "Go: allocs/op", "model/Go: time"))
                .whenEmpty("*This run has no " + bench + " rows.*");
        for (String v : SeedVariant.NAMES) {
            Series mt = time(run, RunData.MODEL, bench, v);
            Series gt = time(run, "go", bench, v);
            if (mt == null && gt == null) continue;
            t.row(List.of(v, Fmt.time(mt), Fmt.bytes(metric(run, RunData.MODEL, bench, v, "alloc")), Fmt.time(gt),
                    Fmt.bytes(metric(run, "go", bench, v, "alloc")), Fmt.count(metric(run, "go", bench, v, "allocs")), Fmt.ratio(mt, gt)));
            noteInterval(t, mt, gt);
        }
        t.note("time: median ± half-width of its 95% confidence interval (distribution-free, from order statistics); "
                + "B/op, allocs/op: medians. model = the Go model on the JVM, on its model of Go's scheduler and timer heap "
                + "(sched=go, queue=go-heap). " + Cells.RATIO_NOTE);
        return t.render();
    }

    /** Adds the note for values shown without an interval when one of {@code ms} has none. */
    static void noteInterval(MarkdownTable t, Series... ms) {
        for (Series m : ms) {
            if (m != null && !m.center().hasInterval()) {
                t.note(Fmt.NO_INTERVAL + " too few samples for a 95% interval (fewer than " + MedianInterval.minSamples(Series.CONFIDENCE)
                        + " per series, e.g. a smoke run); ratios marked so have no interval.");
            }
        }
    }

    private static String allocation(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("variant", "timeout's allocations in Go 1.19 (documented: bytes in allocations)",
                "Go: B/op", "Go: allocs/op", "Go: Δ vs after", "documented Δ", "model: B/op", "model: Δ vs after"))
                .whenEmpty("*This run has no " + FAST + " allocation rows.*");
        for (String v : SeedVariant.NAMES) {
            Series go = metric(run, "go", FAST, v, "alloc");
            Series model = metric(run, RunData.MODEL, FAST, v, "alloc");
            if (go == null && model == null) continue;
            t.row(List.of(v, DOCUMENTED.get(v), Fmt.bytes(go), Fmt.count(metric(run, "go", FAST, v, "allocs")),
                    allocDelta(run, "go", v), DOCUMENTED_DELTA.get(v), Fmt.bytes(model), allocDelta(run, RunData.MODEL, v)));
        }
        t.note("Fast path (SeedRequest.fastPath), medians. Documented sizes: research/go-internals.md (Go 1.19.8, linux/amd64). "
                + "Every variant also allocates the result channel, the worker goroutine's closure and the escaping &engineCtx; "
                + "the Δ columns cancel those out.");
        return t.render();
    }

    /** {@code +104 B, +2} (Go: bytes and allocations; model: bytes) of a variant minus after, on the fast path. */
    private static String allocDelta(RunData run, String source, String variant) {
        Series b = metric(run, source, FAST, variant, "alloc");
        Series after = metric(run, source, FAST, AFTER.variantName, "alloc");
        if (b == null || after == null) return Fmt.NONE;
        String bytes = signed(b.center().median() - after.center().median(), Fmt::bytes);
        Series n = metric(run, source, FAST, variant, "allocs");
        Series nAfter = metric(run, source, FAST, AFTER.variantName, "allocs");
        if (n == null || nAfter == null) return bytes;
        return bytes + ", " + signed(n.center().median() - nAfter.center().median(), Fmt::count);
    }

    private static String signed(double v, java.util.function.DoubleFunction<String> format) {
        if (v == 0) return "0";
        return (v > 0 ? "+" : "") + format.apply(v);
    }

    /** The variants of one source with a time, fastest first (by median). */
    static List<String> ranked(RunData run, String source, String bench) {
        List<String> present = new ArrayList<>();
        for (String v : SeedVariant.NAMES) if (time(run, source, bench, v) != null) present.add(v);
        present.sort(Comparator.comparingDouble(v -> time(run, source, bench, v).nanos().median()));
        return present;
    }

    private static String verdict(RunData run, String bench) {
        MarkdownTable t = new MarkdownTable(List.of("rank", "Go: variant", "Go: time", "Go: × fastest",
                "model: variant", "model: time", "model: × fastest")).whenEmpty("*This run has no " + bench + " rows.*");
        List<String> go = ranked(run, "go", bench);
        List<String> model = ranked(run, RunData.MODEL, bench);
        for (int i = 0; i < Math.max(go.size(), model.size()); i++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1)));
            for (List<String> side : List.of(go, model)) {
                String source = side == go ? "go" : RunData.MODEL;
                if (i >= side.size()) {
                    row.addAll(List.of(Fmt.NONE, Fmt.NONE, Fmt.NONE));
                    continue;
                }
                Series m = time(run, source, bench, side.get(i));
                row.add(side.get(i));
                row.add(Fmt.time(m));
                row.add(i == 0 ? "fastest" : timesFastest(Ratio.of(m, time(run, source, bench, side.get(0)))));
                noteInterval(t, m);
            }
            t.row(row);
        }
        t.note("× fastest: ratio of medians with its interval [lo(a)/hi(b)–hi(a)/lo(b)] from the two 95% median intervals "
                + "(coverage ≥ 90%); ~ = not significantly different from the fastest (two-sided Mann-Whitney U test, α = 0.05).");
        return t.render();
    }

    /** A ratio to the fastest, with {@code ~} when the difference is not significant. */
    private static String timesFastest(Ratio r) {
        return Fmt.ratio(r) + (r.tested() && !r.significant() ? " ~" : "");
    }
}
