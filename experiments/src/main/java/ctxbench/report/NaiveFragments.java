package ctxbench.report;

import static ctxbench.seed.SeedVariant.AFTER;
import static ctxbench.seed.SeedVariant.BEFORE_CANCEL;

import ctxbench.results.Series;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The naive-measurement regions: the notes' two mistakes ({@code ctxbench.bench.naive.Naive},
 * Go {@code experiments/go/naive}) beside the sound measurement of the same code (the seed suite).
 *
 * <p>Regions: table {@code naive}; nums and texts {@code naive.S.before-vs-after} and
 * {@code naive.S.millis-vs-micros} for S ∈ {@code go, model} (the naive pairs' ratios, the way the
 * notes compared them) and {@code naive.sound.S.before-vs-after} /
 * {@code naive.sound.S.timeout} (the sound counterparts: {@link ctxbench.seed.SeedVariant#BEFORE_CANCEL}
 * over {@link ctxbench.seed.SeedVariant#AFTER} on the fast and the timeout path); nums {@code naive.go.bn.M} and {@code naive.go.elapsed.M} for each naive
 * method M (the median b.N Go reported and the median ns/op × b.N, from {@code go-bench.txt});
 * nums {@code naive.notes.elapsed.M}, {@code naive.notes.before-vs-after} and
 * {@code naive.notes.millis-vs-micros} (the notes' published ns/op × b.N and their ratios, from
 * the constants quoted here); num {@code naive.model.method} (how JMH actually ran the model's
 * naive rows: a profile's options replace the annotations).
 */
final class NaiveFragments {
    static final String SUITE = "naive";

    /**
     * A naive benchmark and its sound counterpart.
     *
     * @param method  the naive method ({@code Naive.<method>}; Go {@code BenchmarkNaive_<method>})
     * @param notes   the notes' benchmark it reproduces
     * @param sound   the seed benchmark measuring the same code soundly
     * @param variant the counterpart's variant
     * @param notesNs the ns/op the notes published for it (with b.N = {@link #NOTES_BN})
     */
    record Pair(String method, String notes, String sound, String variant, double notesNs) {
        String benchmark() {
            return "Naive." + method;
        }
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("beforeOnce", "BenchmarkContext", SeedFragments.FAST, BEFORE_CANCEL.variantName, 0.0000352),
            new Pair("afterOnce", "BenchmarkTimeAfter", SeedFragments.FAST, AFTER.variantName, 0.0000229),
            new Pair("timeoutMillis", "BenchmarkContextTimeout", SeedFragments.TIMEOUT, BEFORE_CANCEL.variantName, 0.2012),
            new Pair("timeoutMicros", "BenchmarkTimeAfterTimeout", SeedFragments.TIMEOUT, AFTER.variantName, 0.0002625));
    /** The b.N the notes' published output shows for every benchmark: the testing package's cap. */
    static final double NOTES_BN = 1e9;

    private NaiveFragments() {
    }

    /** Every naive region. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("naive", in -> table(in.run())));
        for (String source : SeedFragments.SOURCES) {
            ratio(out, "naive." + source + ".before-vs-after", run -> naive(run, source, PAIRS.get(0)), run -> naive(run, source, PAIRS.get(1)));
            ratio(out, "naive." + source + ".millis-vs-micros", run -> naive(run, source, PAIRS.get(2)), run -> naive(run, source, PAIRS.get(3)));
            ratio(out, "naive.sound." + source + ".before-vs-after", run -> sound(run, source, PAIRS.get(0)), run -> sound(run, source, PAIRS.get(1)));
            ratio(out, "naive.sound." + source + ".timeout", run -> sound(run, source, PAIRS.get(2)), run -> sound(run, source, PAIRS.get(3)));
        }
        out.add(Fragment.num("naive.notes.before-vs-after", in -> Fmt.times(PAIRS.get(0).notesNs() / PAIRS.get(1).notesNs())));
        out.add(Fragment.num("naive.notes.millis-vs-micros", in -> Fmt.times(PAIRS.get(2).notesNs() / PAIRS.get(3).notesNs())));
        out.add(Fragment.num("naive.model.method", in -> method(in.run())));
        for (Pair p : PAIRS) {
            out.add(Fragment.num("naive.notes.elapsed." + p.method(), in -> Fmt.nanos(p.notesNs() * NOTES_BN)));
            out.add(Fragment.num("naive.go.bn." + p.method(), in -> iterations(in.run().goNaiveRuns(p.benchmark()))));
            out.add(Fragment.num("naive.go.elapsed." + p.method(), in -> elapsed(in.run().goNaiveRuns(p.benchmark()))));
        }
        return out;
    }

    private interface Lookup {
        Series of(RunData run);
    }

    private static void ratio(List<Fragment> out, String name, Lookup a, Lookup b) {
        out.add(Fragment.num(name, in -> Fmt.ratio(a.of(in.run()), b.of(in.run()))));
        out.add(Fragment.text(name, in -> Fmt.verdict(a.of(in.run()), b.of(in.run()))));
    }

    /** A naive row's time (Go: the reported ns/op; model: the single-shot time of one op), or null. */
    static Series naive(RunData run, String source, Pair p) {
        return run.find(source, SUITE, p.benchmark(), "", "time");
    }

    /** The sound counterpart's time, or null. */
    static Series sound(RunData run, String source, Pair p) {
        return SeedFragments.time(run, source, p.sound(), p.variant());
    }

    private static String iterations(RunData.GoRuns runs) {
        if (runs == null) return Fmt.NONE;
        long[] n = runs.iterations().clone();
        Arrays.sort(n);
        return Fmt.count(n.length % 2 == 1 ? n[n.length / 2] : (n[n.length / 2 - 1] + n[n.length / 2]) / 2.0);
    }

    private static String elapsed(RunData.GoRuns runs) {
        if (runs == null) return Fmt.NONE;
        return Fmt.nanos(Series.of("ns", 0, runs.elapsedNs()).center().median());
    }

    /** What the model's naive rows measured, from jmh.json: forks, untimed and timed single operations per fork. */
    private static String method(RunData run) {
        JmhRuns.Settings s = run.jmhSettings(PAIRS.get(0).benchmark(), "");
        if (s == null) return "(this run has no jmh.json entry for " + PAIRS.get(0).benchmark() + ")";
        String ops = s.batchSize() == 1 ? "single operation" : "batch of " + s.batchSize() + " operations";
        return Fmt.count(s.forks()) + (s.forks() == 1 ? " fresh JVM" : " fresh JVMs") + ", each timing " + Fmt.count(s.measurements())
                + " " + ops + (s.measurements() == 1 ? "" : "s") + " after " + Fmt.count(s.warmups()) + " untimed one"
                + (s.warmups() == 1 ? "" : "s") + " (JMH mode " + s.mode() + ")";
    }

    private static String table(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("naive benchmark (the notes' name)", "Go: reported ns/op", "Go: b.N",
                "Go: ns/op × b.N", "model: one cold op", "sound counterpart", "Go: sound", "model: sound"))
                .whenEmpty("*This run has no naive rows (Naive.*).*");
        for (Pair p : PAIRS) {
            Series goNaive = naive(run, "go", p);
            Series modelNaive = naive(run, RunData.MODEL, p);
            if (goNaive == null && modelNaive == null) continue;
            RunData.GoRuns runs = run.goNaiveRuns(p.benchmark());
            Series goSound = sound(run, "go", p);
            Series modelSound = sound(run, RunData.MODEL, p);
            t.row(List.of(p.benchmark() + " (" + p.notes() + ")", Fmt.time(goNaive), iterations(runs), elapsed(runs), Fmt.time(modelNaive),
                    p.sound() + " " + p.variant(), Fmt.time(goSound), Fmt.time(modelSound)));
            SeedFragments.noteInterval(t, goNaive, modelNaive, goSound, modelSound);
        }
        t.note("Go: reported ns/op is what go test printed (one run of the scenario divided by b.N); b.N and ns/op × b.N (the "
                + "elapsed time of that one run) are medians over the -count runs in go-bench.txt. model: the time of one operation "
                + "timed alone in a fresh JVM (JMH SingleShotTime). Sound: the seed suite, which loops over b.N / JMH's iterations.");
        return t.render();
    }
}
