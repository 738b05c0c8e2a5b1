package ctxbench.bench.channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer threads of one channel workload (the echo, producers, consumers the measured thread
 * talks to) and their tear-down, which must never hang a JMH trial.
 *
 * <p>Each peer runs an endless {@link Loop} over the workload's pipes. {@link #stop} first runs
 * the workload's {@code release} action (closing its pipes: the model's channel and jox release
 * their blocked threads that way), then interrupts every peer (which releases the JDK queues and
 * semaphores), then waits for each to end, at most {@link #STOP_TIMEOUT} in all;
 * a peer still alive after that, or one that failed, makes {@code stop} throw, so a broken
 * tear-down fails the trial instead of blocking it. A peer that fails while the benchmark runs
 * runs {@code release} at once, so that the measured thread is not left waiting on a model or
 * jox pipe (on a JDK queue it waits until JMH's {@code -timeout} interrupts it).
 */
public final class PeerGroup {
    /** How long {@link #stop} waits for all peers to end. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /**
     * One peer's loop. It runs until released: it ends by throwing {@link InterruptedException} or
     * {@link PipeClosedException}, both of which {@link PeerGroup} treats as a normal end.
     */
    @FunctionalInterface
    public interface Loop {
        /** Runs the peer's side of the workload; does not return normally except by ending early. */
        void run() throws InterruptedException;
    }

    private final ThreadKind kind;
    private final Runnable release;
    private final Duration stopTimeout;
    private final List<Thread> threads = new ArrayList<>();
    private volatile Throwable failure;

    /**
     * @param kind    what the peers are: goroutines or platform threads
     * @param release closes the workload's pipes; idempotent (it may run twice: on a failure and at stop)
     */
    public PeerGroup(ThreadKind kind, Runnable release) {
        this(kind, release, STOP_TIMEOUT);
    }

    /** As {@link #PeerGroup(ThreadKind, Runnable)} with another limit for {@link #stop} (for tests). */
    PeerGroup(ThreadKind kind, Runnable release, Duration stopTimeout) {
        this.kind = kind;
        this.release = release;
        this.stopTimeout = stopTimeout;
    }

    /** Starts one peer running {@code loop}. */
    public void start(String name, Loop loop) {
        threads.add(kind.start(name, () -> {
            try {
                loop.run();
            } catch (InterruptedException | PipeClosedException released) {
                // the normal end: stop() released this peer
            } catch (Throwable t) {
                failure = t;
                release.run();
            }
        }));
    }

    /**
     * Releases and ends every peer (see the class comment).
     *
     * @throws IllegalStateException if a peer failed, or did not end within the stop timeout
     */
    public void stop() {
        release.run();
        for (Thread t : threads) {
            t.interrupt();
        }
        long deadline = System.nanoTime() + stopTimeout.toNanos();
        List<Thread> alive = new ArrayList<>();
        for (Thread t : threads) {
            if (!joinUntil(t, deadline)) {
                alive.add(t);
            }
        }
        if (!alive.isEmpty()) {
            throw new IllegalStateException(alive.size() + " of " + threads.size() + " peer threads did not end within "
                    + stopTimeout + ": " + alive);
        }
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("a peer thread failed", f);
        }
    }

    /** Whether every peer has ended (for tests). */
    public boolean allEnded() {
        for (Thread t : threads) {
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinUntil(Thread t, long deadline) {
        boolean interrupted = false;
        try {
            for (;;) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return !t.isAlive();
                }
                try {
                    return t.join(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    interrupted = true; // finish the tear-down; restore the flag below
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
