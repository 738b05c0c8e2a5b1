package ctxbench.report;

import ctxbench.results.ResultRow;
import ctxbench.results.Series;
import ctxbench.stats.Geomean;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's own context and channel benchmarks (suite {@code gobench}: {@code ContextBench},
 * {@code ChanBench}), each Go row beside the model's port of it. Rows the JVM measured with more
 * than one benchmark thread ({@code @Threads(Threads.MAX)} for Go's {@code b.RunParallel}) report
 * each thread's time per op, about threads × Go's figure; they are marked ‡ and their ratio to Go
 * uses the model's time divided by the threads.
 *
 * <p>Regions: table {@code gobench}; nums {@code gobench.geomean} (the geometric mean of the
 * model/Go ratios of medians over every matched row), {@code gobench.rows} (how many rows matched)
 * and {@code gobench.threads} (the most benchmark threads any marked row used).
 */
final class GoBenchFragments {
    static final String SUITE = "gobench";
    static final String MARK = "‡";

    private GoBenchFragments() {
    }

    /** Every region of the suite. */
    static List<Fragment> all() {
        return List.of(
                Fragment.table("gobench", in -> table(in.run())),
                Fragment.num("gobench.geomean", in -> {
                    double[] ratios = matched(in.run()).stream().mapToDouble(Match::ratio).toArray();
                    return ratios.length == 0 ? Fmt.NONE : Fmt.times(Geomean.of(ratios));
                }),
                Fragment.num("gobench.rows", in -> Fmt.count(matched(in.run()).size())),
                Fragment.num("gobench.threads", in -> {
                    int max = matched(in.run()).stream().mapToInt(Match::threads).max().orElse(1);
                    return max > 1 ? Integer.toString(max) : Fmt.NONE;
                }));
    }

    /**
     * A Go row and its model row.
     *
     * @param go      the Go row
     * @param model   the model's time as measured (per thread)
     * @param goTime  Go's time
     * @param threads the model row's benchmark threads
     */
    record Match(ResultRow go, Series model, Series goTime, int threads) {
        /** The model's time per op comparable with Go's: divided by the threads. */
        Series comparableModel() {
            if (threads == 1) return model;
            double[] s = model.samples().clone();
            for (int i = 0; i < s.length; i++) s[i] /= threads;
            return Series.of(model.unit(), model.score() / threads, s);
        }

        /** The ratio of the comparable model time to Go's, medians. */
        double ratio() {
            return Ratio.of(comparableModel(), goTime).value();
        }
    }

    /**
     * Every Go time row with a model row, in file order. The model row's threads come from its own
     * params (a {@code sched=go} row of a benchmark that runs Go's {@code b.RunParallel} on
     * goroutines has one JMH thread and needs no division).
     */
    static List<Match> matched(RunData run) {
        List<Match> out = new ArrayList<>();
        for (ResultRow r : run.suiteRows("go", SUITE)) {
            if (!r.metric().equals("time")) continue;
            Series model = run.find(RunData.MODEL, SUITE, r.benchmark(), r.params(), "time");
            Series go = run.find("go", SUITE, r.benchmark(), r.params(), "time");
            if (model == null || !model.isTime() || !go.isTime()) continue;
            String javaParams = run.modelJavaParams(SUITE, r.benchmark(), r.params(), "time");
            out.add(new Match(r, model, go, run.javaThreads(r.benchmark(), javaParams)));
        }
        return out;
    }

    private static String table(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("benchmark", "params", "model: time", "Go: time", "model/Go", "model: B/op", "Go: B/op"))
                .whenEmpty("*This run has no gobench rows with both a model and a Go side.*");
        for (Match m : matched(run)) {
            ResultRow g = m.go();
            String modelCell = Fmt.time(m.model());
            if (m.threads() > 1) {
                modelCell += " " + MARK;
                t.note(MARK + " measured with " + m.threads() + " JMH threads (@Threads(MAX), Go's b.RunParallel): JMH reports each "
                        + "thread's time per op, about threads × Go's ns/op (Go divides elapsed time by every goroutine's ops); "
                        + "model/Go uses the model's time ÷ threads.");
            }
            SeedFragments.noteInterval(t, m.model(), m.goTime());
            t.row(List.of(g.benchmark(), g.params().replace(';', ' '), modelCell, Fmt.time(m.goTime()), Fmt.ratio(m.comparableModel(), m.goTime()),
                    Fmt.bytes(run.find(RunData.MODEL, SUITE, g.benchmark(), g.params(), "alloc")),
                    Fmt.bytes(run.find("go", SUITE, g.benchmark(), g.params(), "alloc"))));
        }
        t.note(Cells.RATIO_NOTE);
        return t.render();
    }
}
