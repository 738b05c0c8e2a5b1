package ctxbench.runtime;

import java.time.Duration;
import java.util.concurrent.ThreadFactory;

/**
 * A goroutine of the {@code vt} runtime: a virtual thread on the JDK's ForkJoinPool scheduler.
 * This object is also the thread's task, so a spawn allocates no more than a lambda would.
 *
 * <p>Go: {@code newproc} and the {@code g}, as the JDK's virtual threads stand in for them. Cost:
 * one virtual thread (a small heap object plus its stack chunk, created lazily) and this object;
 * a park and a wake-up are an unpark onto a ForkJoinPool carrier.
 */
final class VirtualGoroutine implements Goroutine, Runnable {
    private static final ThreadFactory VIRTUAL = Thread.ofVirtual().name("goroutine").factory();

    private final Runnable f;
    private final Thread thread;

    /** Starts {@code f} on a new virtual thread. */
    VirtualGoroutine(Runnable f) {
        this.f = f;
        this.thread = VIRTUAL.newThread(this);
        thread.start();
    }

    /** The virtual thread's body: {@code f}, then the exit count of {@link Goroutines}. */
    @Override
    public void run() {
        try {
            f.run();
        } finally {
            Goroutines.exited();
        }
    }

    /** The virtual thread. */
    Thread thread() {
        return thread;
    }

    @Override
    public boolean join(Duration timeout) throws InterruptedException {
        return thread.join(timeout);
    }

    @Override
    public boolean isAlive() {
        return thread.isAlive();
    }

    @Override
    public boolean isParked() {
        return thread.getState() == Thread.State.WAITING;
    }
}
