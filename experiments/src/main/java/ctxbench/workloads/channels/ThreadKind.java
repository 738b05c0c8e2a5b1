package ctxbench.workloads.channels;

import ctxbench.results.ParamValues;
import ctxbench.runtime.Goroutines;

/**
 * What the channel workloads' peers (the echo, producers, consumers) are. {@code platform} and
 * {@code virtual} are the values of the {@code threads} parameter of the JVM comparison classes
 * ({@code ChanPingPong}, {@code ChanThroughput}, {@code ChanProdCons} of {@code ctxbench.bench.channels}): one daemon
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
    PLATFORM,
    /** One virtual thread per peer: {@link Goroutines#goVirtual}. */
    VIRTUAL,
    /** One G of the model's scheduler per peer: {@code Goroutines.go("go", ...)}; the model's channels only. */
    GO;

    /**
     * The name used as the JMH parameter value ({@code threads}, or {@code sched} for {@link #GO}):
     * the constant's name in lower case.
     */
    public final String param = ParamValues.of(this);

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

    /** The kind named by a JMH {@code threads} value. */
    public static ThreadKind of(String param) {
        return ParamValues.lookup(values(), "threads", param);
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

    /**
     * Starts {@code body} as a new peer of this kind ({@code name} is for platform threads;
     * goroutines are all "goroutine"); returns what interrupts it: a thread's interrupt, which
     * releases it from a JDK queue, or nothing for a G (a Go goroutine cannot be interrupted
     * either; closing the pipes releases it).
     */
    Runnable start(String name, Runnable body) {
        return switch (this) {
            case PLATFORM -> Thread.ofPlatform().name(name).daemon(true).start(body)::interrupt;
            case VIRTUAL -> Goroutines.goVirtual(body)::interrupt;
            case GO -> {
                Goroutines.go("go", body);
                yield () -> {};
            }
        };
    }
}
