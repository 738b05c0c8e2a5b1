package ctxbench.examples;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Seed 001, "超时控制" (timeout control): {@code handle} gives an rpc of 100 ms a deadline of
 * {@code ms} with {@code context.WithTimeout} and selects on the result or {@code ctx.Done()}.
 *
 * <pre>{@code
 * func handle(ctx context.Context, ms int) {
 *     ctx, cancel := context.WithTimeout(ctx, time.Duration(ms)*time.Millisecond)
 *     defer cancel()
 *     r := make(chan result)
 *     go func() {
 *         data, err := rpc()
 *         r <- result{data: data, err: err}
 *     }()
 *     select {
 *     case <-ctx.Done():
 *         fmt.Printf("timeout: %d ms, context exit: %+v\n", ms, ctx.Err())
 *     case res := <-r:
 *         fmt.Printf("result: %s, err: %+v\n", res.data, res.err)
 *     }
 * }
 * // main: for i := 1; i < 5; i++ { time.Sleep(1 * time.Second); go handle(context.Background(), i*50) }
 * }</pre>
 *
 * Go's output: {@code timeout: 50 ms, context exit: context deadline exceeded}, then
 * {@code result: rpc done, err: <nil>} three times. The 100 ms call races its own 100 ms
 * deadline, in Go and here, so its line may be either (the seed's Go run got the result; here the
 * context's timer usually wins, because the rpc's sleep starts a little after the deadline was set). As seed 003 points out, the result channel
 * is unbuffered: after a timeout nobody receives, and the rpc goroutine stays blocked on its send
 * forever; a buffer of one (seed 003's fix) lets it finish. Run:
 * {@code scripts/example.sh context-timeout}.
 */
public final class ContextTimeout {
    /** Seed 001's rpc time. */
    static final Duration RPC_TIME = Duration.ofMillis(100);

    private ContextTimeout() {}

    /** Go's {@code result} struct: the rpc's data and error. */
    public record Result(String data, GoError err) {}

    /** Seed 001's {@code rpc()}: sleeps 100 ms and returns "rpc done". */
    public static Result rpc() {
        Time.sleep(RPC_TIME);
        return new Result("rpc done", null);
    }

    /**
     * Seed 001's {@code handle(ctx, ms)}, with the rpc and the result channel's buffer as
     * parameters (seed 001: {@link #rpc()} and 0; seed 003's fix: 1). Returns whether it timed out.
     */
    public static boolean handle(Context ctx, int ms, Supplier<Result> rpc, int resultBuffer, Stdout out) {
        CancelFunc cancel = Context.withTimeout(ctx, Duration.ofMillis(ms));
        ctx = cancel.context();
        try { // defer cancel()
            Chan<Result> r = Chan.make(resultBuffer);
            Goroutines.go(() -> r.send(rpc.get()));
            Case<Result> res = Case.recv(r);
            if (Select.select(Case.recv(ctx.done()), res) == 0) {
                out.printf("timeout: %d ms, context exit: %s", ms, format(ctx.err()));
                return true;
            }
            out.printf("result: %s, err: %s", res.value().data(), format(res.value().err()));
            return false;
        } finally {
            cancel.cancel();
        }
    }

    /** Go's {@code %+v} of an error: its text, or {@code <nil>}. */
    static String format(GoError err) {
        return err == null ? "<nil>" : err.error();
    }

    /**
     * Seed 001's main: every {@code spacing} (the seed's 1 s) a new {@code handle} goroutine with a
     * deadline of 50, 100, 150, 200 ms; then waits one more {@code spacing}. Prints how many
     * goroutines are left: one per timed-out call when the channel is unbuffered, none with a buffer.
     */
    public static Stdout run(Stdout out, Duration spacing, int resultBuffer) {
        long baseline = Settle.baseline();
        Chan<Boolean> timedOut = Chan.make(4);
        for (int i = 1; i < 5; i++) {
            Time.sleep(spacing);
            int ms = i * 50;
            Goroutines.go(() -> timedOut.send(handle(Context.background(), ms, ContextTimeout::rpc, resultBuffer, out)));
        }
        Time.sleep(spacing);
        int timeouts = 0;
        for (int i = 1; i < 5; i++) {
            timeouts += timedOut.recv() ? 1 : 0;
        }
        long stuck = resultBuffer == 0 ? timeouts : 0;
        out.println("goroutines left behind: " + Settle.goroutinesLeft(baseline, stuck));
        return out;
    }

    /** Runs the seed's program (unbuffered result channel), printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console(), Duration.ofSeconds(1), 0);
    }
}
