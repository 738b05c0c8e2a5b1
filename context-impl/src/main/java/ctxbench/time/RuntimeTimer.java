package ctxbench.time;

/**
 * A timer as the runtime's timer queue sees it: a due time and a function to run then.
 *
 * <p>Go: {@code runtime.timer} (runtime/time.go, Go 1.14–1.22). {@link Timer} extends this class
 * so that, as in Go where {@code time.Timer} embeds {@code runtimeTimer}, a timer is one object.
 * The fields {@code when}, {@code nextwhen}, {@code status} and {@code heap} belong to {@link GoTimerHeap},
 * which follows Go's status machine; other queues keep what they need in {@link #queueHandle()}.
 */
public abstract class RuntimeTimer implements Runnable {
    /** Due time on the {@link Time#nanotime()} clock (Go: {@code timer.when}). */
    volatile long when;
    /** New due time of a timer modified while queued (Go: {@code timer.nextwhen}). */
    long nextwhen;
    /** Go's timer status; see {@link GoTimerHeap}. Accessed by CAS. */
    volatile int status;
    /** Go: {@code timer.pp}: the heap the timer was last added to, which Stop and Reset go to. */
    volatile GoTimerHeap heap;
    private volatile Object queueHandle;

    /** The due time on the {@link Time#nanotime()} clock. */
    public final long when() {
        return when;
    }

    /**
     * Go: {@code timer.period}: for a period timer (a ticker), the nanoseconds between firings,
     * after each of which {@link GoTimerHeap} leaves it queued at its next due time; 0 (this
     * default) for a one-shot timer. Read by the heap only when it fires the timer.
     */
    long period() {
        return 0;
    }

    /**
     * Runs the timer's function: what Go's {@code timer.f(arg, seq)} does. Called by the timer
     * queue when the timer is due, on the queue's thread, with no queue lock held.
     */
    @Override
    public abstract void run();

    /** Per-timer state of a timer queue other than the Go heap (e.g. its scheduled future). */
    public final Object queueHandle() {
        return queueHandle;
    }

    /** Stores per-timer state of a timer queue other than the Go heap. */
    public final void setQueueHandle(Object handle) {
        this.queueHandle = handle;
    }
}
