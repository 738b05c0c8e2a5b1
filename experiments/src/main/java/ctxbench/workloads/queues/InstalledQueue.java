package ctxbench.workloads.queues;

import ctxbench.runtime.Sched;
import ctxbench.time.GoTimerHeap;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.util.List;

/**
 * A timer queue chosen by name and installed as {@link TimerQueues#current()} for one trial of a
 * benchmark (or one test), so that the JMH parameter {@code queue} ∈ {@code go-heap}, {@code jdk},
 * {@code wheel} selects where the model's timers wait.
 *
 * <p>{@link #install} creates a fresh queue (its own thread, empty) and makes it current;
 * {@link #close()} puts the previously current queue back and, for the {@code wheel}, stops the
 * wheel's thread. The model's own queues ({@code go-heap}, {@code jdk}) have no stop: their
 * daemon threads park for good once their timers are gone. Timers keep the queue they were
 * created on, so timers still pending at {@code close()} fire on the old queue (or, for the
 * stopped wheel, never).
 */
public final class InstalledQueue implements AutoCloseable {
    /** The queue names a benchmark's {@code queue} parameter takes. */
    public static final List<String> NAMES = List.of("go-heap", "jdk", "wheel");

    private final TimerQueue queue;
    private final TimerQueue previous;

    private InstalledQueue(TimerQueue queue, TimerQueue previous) {
        this.queue = queue;
        this.previous = previous;
    }

    /**
     * Creates a new queue of the named kind and makes it the queue for timers created from now on.
     *
     * @throws IllegalArgumentException if {@code name} is not one of {@link #NAMES}
     */
    public static InstalledQueue install(String name) {
        return install(name, Sched.mode());
    }

    /**
     * Creates a new queue of the named kind laid out for the goroutine runtime {@code sched}
     * ({@code go} or {@code vt}, see {@link TimerQueues#named(String, String)}) and makes it the
     * queue for timers created from now on.
     *
     * @throws IllegalArgumentException if {@code name} is not one of {@link #NAMES} or {@code sched} is no runtime
     */
    public static InstalledQueue install(String name, String sched) {
        TimerQueue queue = create(name, sched);
        TimerQueue previous = TimerQueues.current();
        TimerQueues.set(queue);
        return new InstalledQueue(queue, previous);
    }

    /** A new, empty queue of the named kind for the JVM's goroutine runtime (not installed). */
    public static TimerQueue create(String name) {
        return create(name, Sched.mode());
    }

    /** A new, empty queue of the named kind for the goroutine runtime {@code sched} (not installed). */
    public static TimerQueue create(String name, String sched) {
        return switch (name) {
            case "wheel" -> new WheelTimerQueue();
            case "go-heap", "jdk" -> TimerQueues.named(name, sched);
            default -> throw new IllegalArgumentException("unknown timer queue '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        };
    }

    /**
     * Whether the {@code go} scheduler's Ms run {@code queue}'s timers: {@code go-heap} under
     * {@code ctxbench.sched=go} is the default scheduler's per-P heaps ({@link TimerQueues}), which
     * have no thread of their own; every other queue ({@code go-heap} under {@code vt}, a
     * {@link GoTimerHeap} made with its timer thread, {@code jdk}, {@code wheel}) runs its timer
     * functions one at a time on a thread of its own.
     */
    public static boolean runByScheduler(TimerQueue queue) {
        return "go-heap".equals(queue.name()) && !(queue instanceof GoTimerHeap);
    }

    /** The installed queue. */
    public TimerQueue queue() {
        return queue;
    }

    /** Makes the previous queue current again and stops this one if it can be stopped (the wheel). */
    @Override
    public void close() {
        TimerQueues.set(previous);
        if (queue instanceof WheelTimerQueue wheel) {
            wheel.close();
        }
    }
}
