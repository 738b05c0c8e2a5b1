package ctxbench.bench.prof;

/**
 * Cumulative OS context-switch counts of one thread or of the whole process, as the kernel keeps
 * them ({@code nvcsw}, {@code nivcsw} of each task): a <em>voluntary</em> switch is the thread
 * giving up its CPU because it blocks (a futex wait under {@code LockSupport.park}, a sleep, a
 * blocking read, a safepoint wait), so every one is later followed by an OS wake-up; an
 * <em>involuntary</em> switch is the kernel preempting a thread that could still run (its time
 * slice ended, or a higher-priority task woke up on its CPU).
 *
 * @param voluntary   switches made because the thread blocked
 * @param involuntary switches forced by the kernel's scheduler
 */
record ContextSwitches(long voluntary, long involuntary) {
    /** No switches. */
    static final ContextSwitches ZERO = new ContextSwitches(0, 0);

    /** The field-wise sum. */
    ContextSwitches plus(ContextSwitches other) {
        return new ContextSwitches(voluntary + other.voluntary, involuntary + other.involuntary);
    }

    /** The field-wise difference {@code this − earlier}. */
    ContextSwitches minus(ContextSwitches earlier) {
        return new ContextSwitches(voluntary - earlier.voluntary, involuntary - earlier.involuntary);
    }

    /** Whether either count is below the other's: {@code this} cannot be a later reading of the same counters. */
    boolean isBelow(ContextSwitches other) {
        return voluntary < other.voluntary || involuntary < other.involuntary;
    }

    /** The sum of both counts. */
    long total() {
        return voluntary + involuntary;
    }
}
