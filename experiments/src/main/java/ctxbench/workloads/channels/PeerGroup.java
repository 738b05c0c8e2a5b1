package ctxbench.workloads.channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The peers of one channel workload (the echo, producers, consumers the measured side talks to:
 * threads or goroutines, see {@link ThreadKind}) and their tear-down, which must never hang a JMH
 * trial.
 *
 * <p>Each peer runs an endless {@link Loop} over the workload's pipes. {@link #stop} first runs
 * the workload's {@code release} action (closing its pipes and {@link Tokens}: the model's channel
 * and jox release their blocked peers that way, and it is the only way to release a G), then
 * interrupts every peer that is a thread (which releases the JDK queues), then waits for each to
 * end, at most {@link #STOP_TIMEOUT} in all;
 * a peer still alive after that, or one that failed, makes {@code stop} throw, so a broken
 * tear-down fails the trial instead of blocking it. A peer that fails while the benchmark runs
 * runs {@code release} at once, so that the measured side is not left waiting on a model or
 * jox pipe or on the workload's {@link Tokens} (on a JDK queue it waits until JMH's
 * {@code -timeout} interrupts it).
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

    /**
     * One started peer, as far as tear-down needs to see it: its name, what interrupts it (see
     * {@link ThreadKind#start}) and a latch its body counts down when it ends (whatever it is, a
     * thread or a G).
     */
    private record Peer(String name, Runnable interrupt, CountDownLatch ended) {
        /** Whether the peer's body has not ended yet. */
        boolean isAlive() {
            return ended.getCount() > 0;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final ThreadKind kind;
    private final Runnable release;
    private final Duration stopTimeout;
    private final List<Peer> peers = new ArrayList<>();
    private volatile Throwable failure;

    /**
     * @param kind    what the peers are: platform threads, virtual threads or Gs
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
        CountDownLatch ended = new CountDownLatch(1);
        Runnable interrupt = kind.start(name, () -> {
            try {
                loop.run();
            } catch (InterruptedException | PipeClosedException released) {
                // the normal end: stop() released this peer
            } catch (Throwable t) {
                failure = t;
                release.run();
            } finally {
                ended.countDown();
            }
        });
        peers.add(new Peer(name + " (" + kind.param + ")", interrupt, ended));
    }

    /**
     * Releases and ends every peer (see the class comment).
     *
     * @throws IllegalStateException if a peer failed, or did not end within the stop timeout
     */
    public void stop() {
        release.run();
        for (Peer t : peers) {
            t.interrupt().run();
        }
        long deadline = System.nanoTime() + stopTimeout.toNanos();
        List<Peer> alive = new ArrayList<>();
        for (Peer t : peers) {
            if (!joinUntil(t, deadline)) {
                alive.add(t);
            }
        }
        if (!alive.isEmpty()) {
            throw new IllegalStateException(alive.size() + " of " + peers.size() + " peer threads did not end within "
                    + stopTimeout + ": " + alive);
        }
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("a peer thread failed", f);
        }
    }

    /** Whether every peer has ended (for tests). */
    public boolean allEnded() {
        for (Peer t : peers) {
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinUntil(Peer t, long deadline) {
        boolean interrupted = false;
        try {
            for (;;) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return !t.isAlive();
                }
                try {
                    return t.ended().await(left, TimeUnit.NANOSECONDS);
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
