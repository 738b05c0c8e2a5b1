package ctxbench.examples;

import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.sync.WaitGroup;

/**
 * Seed 001, "Cancellation" (Go blog, "Pipelines and cancellation", explicit cancellation): the
 * fan-out/fan-in pipeline whose consumer reads only the first value. Without cancellation the
 * stages that still hold a value stay blocked on their sends forever ("stopping short"); with a
 * {@code done} channel shared by every stage and closed when {@code main} returns, each stage
 * selects between its send and {@code <-done} and returns.
 *
 * <pre>{@code
 * done := make(chan struct{})
 * defer close(done)
 * in := gen(done, 2, 3)
 * c1 := sq(done, in)
 * c2 := sq(done, in)
 * out := merge(done, c1, c2)
 * fmt.Println(<-out) // 4 or 9
 * }</pre>
 *
 * Go's {@code defer close(done)} is {@code try/finally}. Without {@code done} two goroutines are
 * left (the {@code output} goroutine holding the unread value, and the one waiting to close
 * {@code out}); with it none. Run: {@code scripts/example.sh cancellation}.
 */
public final class ExplicitCancellation {
    private ExplicitCancellation() {}

    /** What one run printed and how many goroutines it left running. */
    public record Outcome(int first, long goroutinesLeft) {}

    /** Go: {@code gen(done, nums...)}: sends {@code nums} unless {@code done} closes first; closes its output. */
    public static Chan<Integer> gen(Chan<Void> done, int... nums) {
        Chan<Integer> out = Chan.make();
        Goroutines.go(() -> {
            try { // defer close(out)
                for (int n : nums) {
                    if (!sendOrDone(out, n, done)) {
                        return;
                    }
                }
            } finally {
                out.close();
            }
        });
        return out;
    }

    /** Go: {@code sq(done, in)}: sends the square of each value of {@code in} unless {@code done} closes first; closes its output. */
    public static Chan<Integer> sq(Chan<Void> done, Chan<Integer> in) {
        Chan<Integer> out = Chan.make();
        Goroutines.go(() -> {
            try { // defer close(out)
                for (int n : in) {
                    if (!sendOrDone(out, n * n, done)) {
                        return;
                    }
                }
            } finally {
                out.close();
            }
        });
        return out;
    }

    /**
     * Go: {@code merge(done, cs...)}: as {@link FanOutFanIn#merge}, but each {@code output}
     * goroutine returns (calling {@code wg.Done} by {@code defer}) when {@code done} closes.
     */
    @SafeVarargs
    public static Chan<Integer> merge(Chan<Void> done, Chan<Integer>... cs) {
        WaitGroup wg = new WaitGroup();
        Chan<Integer> out = Chan.make();
        wg.add(cs.length);
        for (Chan<Integer> c : cs) {
            Goroutines.go(() -> { // output(c)
                try { // defer wg.Done()
                    for (int n : c) {
                        if (!sendOrDone(out, n, done)) {
                            return;
                        }
                    }
                } finally {
                    wg.done();
                }
            });
        }
        Goroutines.go(() -> {
            wg.await();
            out.close();
        });
        return out;
    }

    /** Go: {@code select { case out <- v: (true) case <-done: (false) }}. */
    private static boolean sendOrDone(Chan<Integer> out, int v, Chan<Void> done) {
        return Select.select(Case.send(out, v), Case.recv(done)) == 0;
    }

    /** The seed's main: reads the first value, then closes {@code done} on the way out. */
    public static int firstWithDone() {
        Chan<Void> done = Chan.make();
        try {
            Chan<Integer> in = gen(done, 2, 3);
            Chan<Integer> c1 = sq(done, in);
            Chan<Integer> c2 = sq(done, in);
            return merge(done, c1, c2).recv();
        } finally {
            done.close();
        }
    }

    /** The same consumer over the pipeline without {@code done} ({@link FanOutFanIn}): it stops short and leaks. */
    public static int firstWithoutDone() {
        Chan<Integer> in = Pipeline.gen(2, 3);
        return FanOutFanIn.merge(Pipeline.sq(in), Pipeline.sq(in)).recv();
    }

    /** Runs one consumer and counts the goroutines it leaves (expected: 0 with {@code done}, 2 without). */
    public static Outcome run(boolean withDone) {
        long baseline = Settle.baseline();
        int first = withDone ? firstWithDone() : firstWithoutDone();
        return new Outcome(first, Settle.goroutinesLeft(baseline, withDone ? 0 : 2));
    }

    /** The program: both consumers; returns what it printed. */
    public static Stdout run(Stdout out) {
        Outcome leaky = run(false);
        out.println("without done: first value " + leaky.first() + ", goroutines left behind: " + leaky.goroutinesLeft());
        Outcome fixed = run(true);
        out.println("with done:    first value " + fixed.first() + ", goroutines left behind: " + fixed.goroutinesLeft());
        return out;
    }

    /** Runs the program, printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console());
    }
}
