package ctxbench.bench.channels;

import ctxbench.runtime.Goroutines;

/**
 * The {@code threads} parameter of the channel suite: what the workloads' peer threads are.
 * {@code virtual} models goroutines ({@link Goroutines#goVirtual}: a virtual thread, so that
 * tear-down can interrupt a peer blocked in a JDK queue); {@code platform}
 * is one daemon platform thread per peer. The JMH thread that is measured is a platform thread in
 * both cases (run with {@code -jvmArgsAppend -Djmh.executor=VIRTUAL} to make it virtual too).
 */
public enum ThreadKind {
    /** One daemon platform (OS) thread per peer. */
    PLATFORM("platform"),
    /** One goroutine per peer: {@link Goroutines#goVirtual}. */
    VIRTUAL("virtual");

    /** The name used as the JMH {@code threads} parameter value. */
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

    /** Starts {@code body} on a new thread of this kind ({@code name} is for platform threads; goroutines are all "goroutine"). */
    Thread start(String name, Runnable body) {
        return switch (this) {
            case PLATFORM -> Thread.ofPlatform().name(name).daemon(true).start(body);
            case VIRTUAL -> Goroutines.goVirtual(body);
        };
    }
}
