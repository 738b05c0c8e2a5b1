package ctxbench.check;

import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.util.function.Function;

/**
 * The built-in timer queues the timer checks run on ({@code go-heap}: Go's 4-ary heap with lazy
 * deletion; {@code jdk}: the JDK's scheduled executor), and the install-and-restore of a fresh
 * one as the queue of {@code ctxbench.time.Time}'s timers for the duration of a check.
 */
final class TimerQueueKinds {
    /** The names {@link TimerQueues#named} knows. */
    static final String[] NAMES = {"go-heap", "jdk"};

    private TimerQueueKinds() {}

    /**
     * Runs {@code body} with a fresh queue of kind {@code name} installed for the timers it
     * creates, restoring the previous queue afterwards (other tests share the JVM).
     */
    static <T> T withFreshQueue(String name, Function<TimerQueue, T> body) {
        return withQueue(TimerQueues.named(name), body);
    }

    /** Runs {@code body} with {@code queue} installed, restoring the previous queue afterwards. */
    static <T> T withQueue(TimerQueue queue, Function<TimerQueue, T> body) {
        TimerQueue previous = TimerQueues.current();
        TimerQueues.set(queue);
        try {
            return body.apply(queue);
        } finally {
            TimerQueues.set(previous);
        }
    }
}
