package ctxbench.workloads.channels;

import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import java.time.Duration;

/**
 * What the channel workloads' peers (the echo, producers, consumers) are. {@code platform} and
 * {@code virtual} are the values of the {@code threads} parameter of the JVM comparison classes
 * ({@code ChanPingPong}, {@code ChanThroughput}, {@code ChanProdCons} in this package): one daemon
 * platform thread per peer, or one virtual thread per peer ({@link Goroutines#goVirtual}, a
 * {@link Thread}, so that tear-down can interrupt a peer blocked in a JDK queue). There the
 * measured thread is JMH's (a platform thread, or a virtual one with
 * {@code -jvmArgsAppend -Djmh.executor=VIRTUAL}, as every profile of {@code bench.sh} runs).
 *
 * <p>{@code go}: one {@link ctxbench.runtime.Goroutine} of the model's own G/M/P scheduler per
 * peer ({@link Goroutines#go(String, Runnable)} on {@code go}), for the classes of
 * {@code ctxbench.bench.channels.go} ({@code sched=go}), whose measured side runs on that
 * scheduler too. A G runs on a carrier thread (an M) that owns a P, so it may only block in the
 * model's own primitives: a JDK queue or jox would park the M and stall its P. Only
 * {@link PipeImpl#MODEL} is {@link #supports supported}.
 */
public enum ThreadKind {
    /** One daemon platform (OS) thread per peer. */
    PLATFORM("platform"),
    /** One virtual thread per peer: {@link Goroutines#goVirtual}. */
    VIRTUAL("virtual"),
    /** One G of the model's scheduler per peer: {@code Goroutines.go("go", ...)}; the model's channels only. */
    GO("go");

    /** The name used as the JMH parameter value ({@code threads}, or {@code sched} for {@link #GO}). */
    public final String param;

    ThreadKind(String param) {
        this.param = param;
    }

    /** The kind named by a JMH {@code threads} value. */
    public static ThreadKind of(String param) {
        for (ThreadKind kind : values()) {
            if (kind.param.equals(param)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown threads '" + param + "'");
    }

    /**
     * The peers of the goroutine runtime named by a JMH {@code sched} value: {@link #GO} for
     * {@code go}, {@link #VIRTUAL} for {@code vt}.
     */
    public static ThreadKind ofSched(String sched) {
        return switch (sched) {
            case "go" -> GO;
            case "vt" -> VIRTUAL;
            default -> throw new IllegalArgumentException("unknown goroutine runtime '" + sched + "' (go or vt)");
        };
    }

    /** Whether peers of this kind may block on {@code impl}: every implementation, except that {@link #GO} takes the model's only. */
    public boolean supports(PipeImpl impl) {
        return this != GO || impl == PipeImpl.MODEL;
    }

    /**
     * Checks that peers of this kind may block on {@code impl}.
     *
     * @throws IllegalArgumentException if they may not (see {@link #supports})
     */
    void check(PipeImpl impl) {
        if (!supports(impl)) {
            throw new IllegalArgumentException("impl=" + impl.param + " cannot run on the go runtime: it would park the carrier M "
                    + "and stall its P (only impl=model parks a G)");
        }
    }

    /** Starts {@code body} as a new peer of this kind ({@code name} is for platform threads; goroutines are all "goroutine"). */
    PeerGroup.Peer start(String name, Runnable body) {
        return switch (this) {
            case PLATFORM -> new ThreadPeer(Thread.ofPlatform().name(name).daemon(true).start(body));
            case VIRTUAL -> new ThreadPeer(Goroutines.goVirtual(body));
            case GO -> new GoroutinePeer(Goroutines.go("go", body));
        };
    }

    /** A peer that is a {@link Thread}: interrupt releases it from a JDK queue. */
    private record ThreadPeer(Thread thread) implements PeerGroup.Peer {
        @Override
        public void interrupt() {
            thread.interrupt();
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
        public String toString() {
            return thread.toString();
        }
    }

    /** A peer that is a G: it cannot be interrupted (nor can a Go goroutine); closing the pipes releases it. */
    private record GoroutinePeer(Goroutine g) implements PeerGroup.Peer {
        @Override
        public void interrupt() {
            // a goroutine has no interrupt; the release action (closing the model's channels) ends it
        }

        @Override
        public boolean join(Duration timeout) throws InterruptedException {
            return g.join(timeout);
        }

        @Override
        public boolean isAlive() {
            return g.isAlive();
        }

        @Override
        public String toString() {
            return "goroutine " + g;
        }
    }
}
