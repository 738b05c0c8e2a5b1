package ctxbench.profiles;

/**
 * What a profile sample was doing, in terms shared by Go and the model: the categories of
 * REPORT's "Where the time goes". {@link Categories} maps a stack to one of them; the mapping is
 * documented in docs/profiles.md.
 */
public enum Category {
    /** Timer code: adding, stopping, sifting and running timers (Go: runtime/time.go, time/sleep.go). */
    TIMER("timer", "timer code"),
    /** Starting and ending goroutines (Go: newproc, goexit; the model: G, its continuation's start). */
    GOROUTINE("goroutine", "goroutine start/exit"),
    /** Scheduling: finding, readying, parking and switching goroutines; idle Ms. */
    SCHEDULER("scheduler", "scheduler"),
    /** Channel operations and select. */
    CHANNEL("channel", "channel/select"),
    /** The context package: creating, cancelling and propagating contexts, values. */
    CONTEXT("context", "context cancel/propagation"),
    /** Allocating memory and collecting garbage (Go: mallocgc, the GC workers; the JVM: TLAB refills, GC threads). */
    ALLOC_GC("alloc-gc", "allocation/GC"),
    /** Everything else: the request's own code, the benchmark harness, the clock. */
    OTHER("other", "other");

    private final String id;
    private final String label;

    Category(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in categories.csv and on charts' legends: {@code timer}, {@code alloc-gc}, .... */
    public String id() {
        return id;
    }

    /** The words REPORT and the charts use. */
    public String label() {
        return label;
    }

    /** The category whose {@link #id()} is {@code id}. */
    public static Category ofId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "'");
    }
}
