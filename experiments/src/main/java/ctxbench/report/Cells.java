package ctxbench.report;

import ctxbench.results.Series;
import java.util.List;

/**
 * The cells most tables share: one series of the model beside the same series in Go
 * ({@link RunData#MODEL} and {@code go} rows with the same Go-side params).
 */
final class Cells {
    private Cells() {
    }

    /** The model's and Go's time, or null each where the run lacks it. */
    record Both(Series model, Series go) {
        /** Whether the run has neither. */
        boolean none() {
            return model == null && go == null;
        }

        /** The model's time over Go's, with its interval. */
        String ratio() {
            return Fmt.ratio(model, go);
        }
    }

    /** The time of one series in the model and in Go. */
    static Both time(RunData run, String suite, String benchmark, String params) {
        return new Both(run.find(RunData.MODEL, suite, benchmark, params, "time"), run.find("go", suite, benchmark, params, "time"));
    }

    /** {@code model time, Go time, model/Go}, noting values without an interval in {@code t}. */
    static List<String> timeAndRatio(MarkdownTable t, Both b) {
        SeedFragments.noteInterval(t, b.model(), b.go());
        return List.of(Fmt.time(b.model()), Fmt.time(b.go()), b.ratio());
    }

    /** The note on the ratio column shared by the model-vs-Go tables. */
    static final String RATIO_NOTE = "model/Go: ratio of medians with its interval from the two 95% median intervals (coverage ≥ 90%); "
            + "how many times Go's time the model takes.";
}
