package ctxbench.examples;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.time.Time;
import java.time.Duration;
import java.util.List;

/**
 * Seed 001, "Moving on" (Go blog, "Timing out, moving on"): query several replicas at once and
 * take the fastest answer.
 *
 * <pre>{@code
 * func Query(conns []Conn, query string) Result {
 *     ch := make(chan Result, 1)
 *     for _, conn := range conns {
 *         go func(c Conn) {
 *             select {
 *             case ch <- c.DoQuery(query):
 *             default:
 *             }
 *         }(conn)
 *     }
 *     return <-ch
 * }
 * }</pre>
 *
 * The buffer of one keeps the first answer even if it comes before {@code <-ch} is ready; every
 * later answer takes {@code default}, so no goroutine is left blocked. Run:
 * {@code scripts/example.sh moving-on}.
 */
public final class MovingOn {
    private MovingOn() {}

    /** Go's {@code Conn}: a connection that answers a query (blocking until it does). */
    @FunctionalInterface
    public interface Conn {
        /** Go: {@code c.DoQuery(query)}. */
        Result doQuery(String query);
    }

    /** Go's {@code Result}: which replica answered, and what. */
    public record Result(String replica, String answer) {}

    /** Go: {@code Query(conns, query)}: the first answer of any connection. */
    public static Result query(List<Conn> conns, String query) {
        Chan<Result> ch = Chan.make(1);
        for (Conn conn : conns) {
            Goroutines.go(() -> ch.trySend(conn.doQuery(query))); // select { case ch <- r: default: }
        }
        return ch.recv();
    }

    /** A connection to {@code replica} that answers after {@code latency}. */
    static Conn replica(String replica, Duration latency) {
        return query -> {
            Time.sleep(latency);
            return new Result(replica, "rows for " + query);
        };
    }

    /** The program: three replicas of different speed; returns what it printed. */
    public static Stdout run(Stdout out) {
        List<Conn> conns = List.of(
                replica("replica-a", Duration.ofMillis(300)),
                replica("replica-b", Duration.ofMillis(10)),
                replica("replica-c", Duration.ofMillis(150)));
        long baseline = Settle.baseline();
        Result r = query(conns, "SELECT 1");
        out.println("fastest: " + r.replica() + " (" + r.answer() + ")");
        out.println("goroutines left behind: " + Settle.goroutinesLeft(baseline, 0));
        return out;
    }

    /** Runs the program, printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console());
    }
}
