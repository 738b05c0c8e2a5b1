package ctxbench.examples;

import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import java.time.Duration;

/**
 * Seed 001, "Timing out" (Go blog, "Go Concurrency Patterns: Timing out, moving on"): wait for a
 * read from a channel, or give up after a time.
 *
 * <pre>{@code
 * select {
 * case <-ch:
 *     // a read from ch has occurred
 * case <-time.After(1 * time.Second):
 *     // the read from ch has timed out
 * }
 * }</pre>
 *
 * The {@code time.After} timer stays queued until it fires even when the read wins (see
 * {@link TimerHygiene}). Run: {@code scripts/example.sh timing-out}.
 */
public final class TimingOut {
    private TimingOut() {}

    /** The seed's select: prints which case happened; {@code timeout} is the seed's 1 s. */
    public static void readOrTimeOut(Chan<String> ch, Duration timeout, Stdout out) {
        Case<String> read = Case.recv(ch);
        if (Select.select(read, Case.recv(Time.after(timeout))) == 0) {
            out.println("a read from ch has occurred: " + read.value());
        } else {
            out.println("the read from ch has timed out");
        }
    }

    /**
     * A channel that gets {@code value} from a goroutine after {@code delay}; buffered (1) so the
     * sender never blocks, even when nobody reads any more.
     */
    static Chan<String> answerAfter(Duration delay, String value) {
        Chan<String> ch = Chan.make(1);
        Goroutines.go(() -> {
            Time.sleep(delay);
            ch.send(value);
        });
        return ch;
    }

    /** The program: one answer that comes in time, one that comes too late; returns what it printed. */
    public static Stdout run(Stdout out) {
        Duration timeout = Duration.ofSeconds(1);
        readOrTimeOut(answerAfter(Duration.ofMillis(100), "fast"), timeout, out);
        readOrTimeOut(answerAfter(Duration.ofSeconds(2), "slow"), timeout, out);
        return out;
    }

    /** Runs the program, printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console());
    }
}
