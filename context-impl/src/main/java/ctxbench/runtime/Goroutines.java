package ctxbench.runtime;

import java.util.concurrent.atomic.LongAdder;

/**
 * The model's {@code go} statement: the one spawn point for goroutines, so that spawns can be
 * counted. What a goroutine is depends on the runtime chosen by the system property
 * {@code ctxbench.sched} (read once, see {@link Sched#mode()}): {@code vt} (the default) makes it a
 * virtual thread, {@code go} a {@link G} on the model's own G/M/P scheduler ({@link Sched}). A
 * {@code go} statement run on an M of a scheduler (by a goroutine or a timer function there)
 * starts a {@link G} on that scheduler in either mode, so a test's own {@link Sched} stays closed.
 *
 * <p>Go: {@code runtime.newproc}. Cost: two {@link LongAdder} increments plus, under {@code vt},
 * one virtual thread, or under {@code go}, one continuation put in the current P's
 * {@code runnext} (or the global run queue when the caller is not a goroutine). Go reuses a dead
 * {@code g} from a free list instead. An uncaught exception ends only its own goroutine (Go would
 * crash the process); it is passed to the default uncaught-exception handler.
 */
public final class Goroutines {
    private static final LongAdder SPAWNED = new LongAdder();
    private static final LongAdder EXITED = new LongAdder();

    private Goroutines() {}

    /** Go: {@code go f()}. Starts {@code f} as a new goroutine of the chosen runtime (of the caller's scheduler on an M). */
    public static Goroutine go(Runnable f) {
        SPAWNED.increment();
        if (Sched.GO || Thread.currentThread() instanceof M) {
            return Sched.newproc(f);
        }
        return new VirtualGoroutine(f);
    }

    /**
     * A goroutine that is a virtual thread whatever {@code ctxbench.sched} says, counted as
     * {@link #go} counts: for harnesses that need a {@link Thread} (to interrupt a peer blocked in
     * a JDK queue, say). Go: {@code go f()} as the {@code vt} runtime runs it.
     */
    public static Thread goVirtual(Runnable f) {
        SPAWNED.increment();
        return new VirtualGoroutine(f).thread();
    }

    /**
     * Whether the caller runs as a goroutine: on a virtual thread ({@code vt}) or as a {@link G}
     * of a {@code go} scheduler. False on a platform thread, including an M running a timer's
     * function between goroutines.
     */
    public static boolean onGoroutine() {
        return Thread.currentThread().isVirtual() || Sched.currentG() != null;
    }

    /** Counts a goroutine's return (both runtimes). */
    static void exited() {
        EXITED.increment();
    }

    /** How many goroutines {@link #go} has started since the JVM started. */
    public static long spawned() {
        return SPAWNED.sum();
    }

    /** How many goroutines started by {@link #go} have not returned yet (Go: {@code runtime.NumGoroutine}, minus main). */
    public static long running() {
        // Read exits first: a goroutine that exits between the two reads is then counted as running, never as negative.
        long exited = EXITED.sum();
        return SPAWNED.sum() - exited;
    }
}
