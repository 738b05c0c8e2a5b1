package ctxbench.examples;

import static ctxbench.examples.Pipeline.gen;
import static ctxbench.examples.Pipeline.sq;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.sync.WaitGroup;

/**
 * Seed 001, "Fan-out, Fan-in" (Go blog, "Pipelines and cancellation"): two {@code sq} workers read
 * the same channel (fan-out); {@code merge} copies both of their outputs onto one channel and
 * closes it when both are closed, counted with a {@code sync.WaitGroup} (fan-in).
 *
 * <pre>{@code
 * in := gen(2, 3)
 * c1 := sq(in)
 * c2 := sq(in)
 * for n := range merge(c1, c2) {
 *     fmt.Println(n) // 4 then 9, or 9 then 4
 * }
 * }</pre>
 *
 * Which worker squares which number, and so the order, is up to the scheduler; both values
 * always come, and every goroutine ends. Run: {@code scripts/example.sh fan-in}.
 */
public final class FanOutFanIn {
    private FanOutFanIn() {}

    /**
     * Go: {@code merge(cs ...<-chan int) <-chan int}: one {@code output} goroutine per input copies
     * it to {@code out} and calls {@code wg.Done}; one more goroutine closes {@code out} after
     * {@code wg.Wait()}. The close must start after {@code wg.Add}, as the seed notes.
     */
    @SafeVarargs
    public static Chan<Integer> merge(Chan<Integer>... cs) {
        WaitGroup wg = new WaitGroup();
        Chan<Integer> out = Chan.make();
        wg.add(cs.length);
        for (Chan<Integer> c : cs) {
            Goroutines.go(() -> { // output(c)
                for (int n : c) {
                    out.send(n);
                }
                wg.done();
            });
        }
        Goroutines.go(() -> {
            wg.await();
            out.close(); // only after every sender has finished
        });
        return out;
    }

    /** The program: prints 4 and 9 in either order, then the goroutines left behind (0); returns what it printed. */
    public static Stdout run(Stdout out) {
        long baseline = Settle.baseline();
        Chan<Integer> in = gen(2, 3);
        Chan<Integer> c1 = sq(in);
        Chan<Integer> c2 = sq(in);
        for (int n : merge(c1, c2)) {
            out.println(n);
        }
        out.println("goroutines left behind: " + Settle.goroutinesLeft(baseline, 0));
        return out;
    }

    /** Runs the program, printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console());
    }
}
