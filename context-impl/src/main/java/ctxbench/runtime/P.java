package ctxbench.runtime;

import ctxbench.time.GoTimerHeap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A processor of the {@code go} scheduler: the right to run goroutines, with its own run queues
 * and timer heap.
 *
 * <p>Go: {@code runtime.p} (runtime/runtime2.go) and {@code runqput}, {@code runqget},
 * {@code runqputslow}, {@code runqgrab}, {@code runqsteal} (runtime/proc.go, Go 1.19). The local
 * run queue is Go's: a 256-entry ring that only the owner P pushes to ({@code tail} is a
 * release-store by the owner) and from which the owner pops and other Ps steal half by a CAS on
 * {@code head}. A full ring moves half of itself and the new goroutine to the global queue in
 * one batch. {@code runnext} is one slot, taken by CAS, holding the goroutine readied or spawned
 * last by this P so that it runs next and inherits the time slice. Costs: a push is a plain
 * store and a release store; a pop and a steal one CAS each.
 *
 * <p>The timer heap is Go's {@code p.timers}: driven by this P's M through
 * {@link GoTimerHeap#checkTimers(long)}, with no timer thread; stealing Ms run its due timers too.
 */
final class P {
    /** Go: {@code len(p.runq)}. */
    static final int RUNQ_SIZE = 256;

    private static final VarHandle HEAD = VarHandles.field(MethodHandles.lookup(), P.class, "head", int.class);
    private static final VarHandle TAIL = VarHandles.field(MethodHandles.lookup(), P.class, "tail", int.class);
    private static final VarHandle RUNNEXT = VarHandles.field(MethodHandles.lookup(), P.class, "runnext", G.class);

    final int id;
    final Sched sched;
    /** Go: {@code p.timers} and the fields around it. An add or an earlier reset calls {@link Sched#wakeNetPoller}. */
    final GoTimerHeap timers;
    /** The M that runs this P (1:1, see {@link M}). Set once when the scheduler starts. */
    M m;
    /** Go: {@code p.schedtick}: incremented at every schedule; owner only. */
    int schedtick;
    /** Go: {@code _Pidle}: on the idle list ({@code sched.pidle}). Written under the scheduler's lock, read racily by thieves. */
    volatile boolean idle;

    private final G[] runq = new G[RUNQ_SIZE];
    @SuppressWarnings("unused") // accessed through HEAD
    private volatile int head;
    @SuppressWarnings("unused") // accessed through TAIL
    private volatile int tail;
    @SuppressWarnings("unused") // accessed through RUNNEXT
    private volatile G runnext;

    /** Go: {@code procresize}'s new P: empty run queues and an empty timer heap that reports to {@code sched}. */
    P(Sched sched, int id) {
        this.sched = sched;
        this.id = id;
        this.timers = new GoTimerHeap(sched::wakeNetPoller);
    }

    /**
     * Go: {@code runqput(pp, gp, next)}. Owner only. With {@code next}, {@code g} goes into
     * {@code runnext} and the goroutine it displaces to the tail of the ring; otherwise {@code g}
     * goes to the tail. A full ring spills half of itself to the global queue.
     */
    void runqput(G g, boolean next) {
        if (next) {
            G old;
            do {
                old = runnext;
            } while (!RUNNEXT.compareAndSet(this, old, g));
            if (old == null) {
                return;
            }
            g = old;
        }
        for (;;) {
            int h = (int) HEAD.getAcquire(this);
            int t = tail;
            if (t - h < RUNQ_SIZE) {
                runq[t & (RUNQ_SIZE - 1)] = g;
                TAIL.setRelease(this, t + 1);
                return;
            }
            if (runqputslow(g, h, t)) {
                return;
            }
        }
    }

    /** Go: {@code runqputslow}: moves half the full ring plus {@code g} to the global queue; false if a thief got there first. */
    private boolean runqputslow(G g, int h, int t) {
        int n = (t - h) / 2;
        G[] batch = new G[n + 1];
        for (int i = 0; i < n; i++) {
            batch[i] = runq[(h + i) & (RUNQ_SIZE - 1)];
        }
        if (!HEAD.compareAndSet(this, h, h + n)) {
            return false;
        }
        batch[n] = g;
        sched.globrunqputbatch(batch);
        return true;
    }

    /** Go: {@code runqget}: owner only; {@code runnext} first, then the ring's head. Null if both are empty. */
    G runqget() {
        G next = runnext;
        if (next != null && RUNNEXT.compareAndSet(this, next, null)) {
            return next;
        }
        for (;;) {
            int h = (int) HEAD.getAcquire(this);
            int t = tail;
            if (t == h) {
                return null;
            }
            G g = runq[h & (RUNQ_SIZE - 1)];
            if (HEAD.compareAndSet(this, h, h + 1)) {
                return g;
            }
        }
    }

    /** Go: {@code runqempty}: no goroutine in runnext or the ring (a racy snapshot). */
    boolean runqempty() {
        return runnext == null && (int) HEAD.getAcquire(this) == (int) TAIL.getAcquire(this);
    }

    /** Whether only {@code runnext} holds a goroutine (a racy snapshot): a thief then waits a moment before taking it. */
    boolean runqOnlyRunnext() {
        return runnext != null && (int) HEAD.getAcquire(this) == (int) TAIL.getAcquire(this);
    }

    /**
     * Go: {@code runqsteal}: moves half of {@code victim}'s ring into this P's ring (owner of this
     * P only; this ring must be empty, as in Go's {@code findRunnable}) and returns one of them to
     * run. With {@code stealRunNext} an empty victim ring gives up its {@code runnext} instead.
     */
    G runqsteal(P victim, boolean stealRunNext) {
        int t = tail;
        int n = victim.runqgrab(runq, t, stealRunNext);
        if (n == 0) {
            return null;
        }
        n--;
        G g = runq[(t + n) & (RUNQ_SIZE - 1)];
        if (n > 0) {
            TAIL.setRelease(this, t + n);
        }
        return g;
    }

    /** Go: {@code runqgrab}: copies half of this ring into {@code into} from index {@code at}; returns how many. */
    private int runqgrab(G[] into, int at, boolean stealRunNext) {
        for (;;) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getAcquire(this);
            int n = t - h;
            n = n - n / 2;
            if (n == 0) {
                if (stealRunNext) {
                    G next = runnext;
                    if (next != null && RUNNEXT.compareAndSet(this, next, null)) {
                        into[at & (RUNQ_SIZE - 1)] = next;
                        return 1;
                    }
                }
                return 0;
            }
            if (n > RUNQ_SIZE / 2) { // read an inconsistent h and t
                continue;
            }
            for (int i = 0; i < n; i++) {
                into[(at + i) & (RUNQ_SIZE - 1)] = runq[(h + i) & (RUNQ_SIZE - 1)];
            }
            if (HEAD.compareAndSet(this, h, h + n)) {
                return n;
            }
        }
    }
}
