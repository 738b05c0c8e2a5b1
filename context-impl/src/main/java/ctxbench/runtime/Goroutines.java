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
        if (Sched.GO || Sched.carrier() instanceof M) {
            return Sched.newproc(f);
        }
        return new VirtualGoroutine(f);
    }

    /**
     * Go: {@code go f()} on the runtime named {@code sched}, whatever {@code ctxbench.sched} says
     * and whoever calls: for harnesses that start goroutines of a runtime chosen per trial (a JMH
     * {@code sched} parameter), also from a thread that is no goroutine (a JMH set-up thread).
     * {@code go}: a {@link G}, in the caller's P's {@code runnext} when the caller runs on an M (of
     * whichever scheduler), else in the default scheduler's global queue; {@code vt}: a virtual
     * thread. Counted as {@link #go} counts.
     *
     * @throws IllegalArgumentException for a runtime other than {@code go} and {@code vt}
     */
    public static Goroutine go(String sched, Runnable f) {
        return switch (sched) {
            case "go" -> {
                SPAWNED.increment();
                yield Sched.newproc(f);
            }
            case "vt" -> {
                SPAWNED.increment();
                yield new VirtualGoroutine(f);
            }
            default -> throw new IllegalArgumentException("unknown goroutine runtime '" + sched + "' (go or vt)");
        };
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
     * Runs {@code f} as a goroutine of the runtime named {@code sched} and waits until it returns,
     * rethrowing what it threw: for harnesses (a JMH benchmark, a load generator) whose measured
     * code must run inside a goroutine, as Go's {@code b.N} loop does, whichever runtime the JVM's
     * {@link Sched#PROPERTY} chose. {@code go}: a new {@link G} on the default scheduler
     * ({@link Sched#run}); everything {@code f} starts with {@link #go} is a G of that scheduler
     * too. {@code vt}: {@code f} itself on the calling thread if that is a virtual thread, else on
     * a new virtual thread; what {@code f} starts is a virtual thread unless the JVM runs under
     * {@code ctxbench.sched=go}. Cost: about two thread wake-ups when a new goroutine is needed
     * (the goroutine's and the caller's), so callers run batches, not single operations.
     *
     * @throws IllegalArgumentException for a runtime other than {@code go} and {@code vt}
     */
    public static void run(String sched, Runnable f) {
        switch (sched) {
            case "go" -> Sched.get().run(f);
            case "vt" -> runVirtual(f);
            default -> throw new IllegalArgumentException("unknown goroutine runtime '" + sched + "' (go or vt)");
        }
    }

    private static void runVirtual(Runnable f) {
        if (Thread.currentThread().isVirtual()) {
            f.run();
            return;
        }
        Throwable[] thrown = new Throwable[1];
        Thread t = Thread.ofVirtual().name("goroutine-run").start(() -> {
            try {
                f.run();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow(thrown[0]);
    }

    /**
     * Throws {@code thrown} as it is if unchecked, wrapped in an {@link IllegalStateException} if
     * checked; nothing if null. For {@link #run}, {@link Sched#run} and harnesses that collect what
     * their goroutines threw and rethrow it on the caller's thread.
     */
    public static void rethrow(Throwable thrown) {
        if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        } else if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
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
