package ctxbench.time;

import ctxbench.runtime.Sched;

/**
 * Which {@link TimerQueue} the timers created from now on use. Chosen once per run: by
 * {@link #set}, or at first use by the system property {@code ctxbench.timers}
 * ({@code go-heap}, the default, or {@code jdk}). Other queues (the experiments' Netty wheel)
 * are installed with {@link #set}. Under the {@code go} scheduler ({@code ctxbench.sched=go}),
 * {@code go-heap} means Go's layout: one heap per P, run by the Ps' Ms ({@link ProcTimers});
 * under {@code vt}, one heap with its own timer thread.
 *
 * <p>A timer stays in the queue it was created on, so switching queues while timers are
 * pending is safe; each queue keeps its own thread. Tickers and the channel timers of the
 * {@code go1.23} {@link TimerMode} need {@code go-heap}: install the queue before that mode.
 */
public final class TimerQueues {
    /** The system property naming the queue. */
    public static final String PROPERTY = "ctxbench.timers";

    private static final ProcessSetting<TimerQueue> CURRENT = new ProcessSetting<>(PROPERTY, "go-heap", TimerQueues::named);

    private TimerQueues() {}

    /** The queue new timers go to. */
    public static TimerQueue current() {
        return CURRENT.get();
    }

    /** Makes {@code queue} the queue for timers created from now on. */
    public static void set(TimerQueue queue) {
        CURRENT.set(queue);
    }

    /** A new queue of a built-in kind, {@code go-heap} or {@code jdk}, for the JVM's runtime ({@link Sched#mode()}). */
    public static TimerQueue named(String name) {
        return named(name, Sched.mode());
    }

    /**
     * A new queue of a built-in kind, {@code go-heap} or {@code jdk}, laid out for the goroutine
     * runtime {@code sched}: under {@code go}, {@code go-heap} is the Ps' heaps ({@link ProcTimers},
     * of the default scheduler for callers that are no M); under {@code vt}, one heap with its
     * timer thread. {@code jdk} is the same under both.
     */
    public static TimerQueue named(String name, String sched) {
        return switch (name) {
            case "go-heap" -> switch (sched) {
                case "go" -> new ProcTimers();
                case "vt" -> new GoTimerHeap();
                default -> throw new IllegalArgumentException("unknown goroutine runtime '" + sched + "' (go or vt)");
            };
            case "jdk" -> new JdkTimerQueue();
            default -> throw new IllegalArgumentException(
                    "unknown timer queue '" + name + "' (built in: go-heap, jdk; others are installed with TimerQueues.set)");
        };
    }
}
