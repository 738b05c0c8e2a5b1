package ctxbench.examples;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;

/**
 * Seed 001, "Pipeline" (Go blog, "Go Concurrency Patterns: Pipelines and cancellation"): stages
 * connected by channels; each stage closes its outbound channel when it has sent everything.
 *
 * <pre>{@code
 * func gen(nums ...int) <-chan int   // sends nums, then closes
 * func sq(in <-chan int) <-chan int  // sends n*n for each n of in, then closes
 *
 * for n := range sq(sq(gen(2, 3))) {
 *     fmt.Println(n) // 16 then 81
 * }
 * }</pre>
 *
 * Every stage ends once its input is closed and drained, so nothing is left running. Run:
 * {@code scripts/example.sh pipeline}.
 */
public final class Pipeline {
    private Pipeline() {}

    /** Go: {@code gen(nums ...int) <-chan int}: a goroutine sends {@code nums} on an unbuffered channel, then closes it. */
    public static Chan<Integer> gen(int... nums) {
        Chan<Integer> out = Chan.make();
        Goroutines.go(() -> {
            for (int n : nums) {
                out.send(n);
            }
            out.close();
        });
        return out;
    }

    /** Go: {@code sq(in <-chan int) <-chan int}: a goroutine sends the square of each value of {@code in}, then closes. */
    public static Chan<Integer> sq(Chan<Integer> in) {
        Chan<Integer> out = Chan.make();
        Goroutines.go(() -> {
            for (int n : in) {
                out.send(n * n);
            }
            out.close();
        });
        return out;
    }

    /** The program: prints 16 then 81, then the goroutines left behind (0); returns what it printed. */
    public static Stdout run(Stdout out) {
        long baseline = Settle.baseline();
        for (int n : sq(sq(gen(2, 3)))) {
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
