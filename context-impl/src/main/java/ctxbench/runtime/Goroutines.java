package ctxbench.runtime;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.LongAdder;

/**
 * The model's {@code go} statement: the one spawn point for goroutines, so that spawns can be
 * counted. A goroutine is a virtual thread.
 *
 * <p>Go: {@code runtime.newproc}. Cost: one virtual thread (a small heap object plus its stack
 * chunk, created lazily) and two {@link LongAdder} increments; Go reuses a dead {@code g} from a
 * free list instead. An uncaught exception ends only its own goroutine (Go would crash the
 * process); it is passed to the thread's default uncaught-exception handler.
 */
public final class Goroutines {
    private static final ThreadFactory VIRTUAL = Thread.ofVirtual().name("goroutine").factory();
    private static final LongAdder SPAWNED = new LongAdder();
    private static final LongAdder EXITED = new LongAdder();

    private Goroutines() {}

    /** Go: {@code go f()}. Starts {@code f} on a new virtual thread and returns that thread. */
    public static Thread go(Runnable f) {
        SPAWNED.increment();
        Thread t = VIRTUAL.newThread(() -> {
            try {
                f.run();
            } finally {
                EXITED.increment();
            }
        });
        t.start();
        return t;
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
