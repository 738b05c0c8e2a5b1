package ctxbench.runtime;

import ctxbench.time.GoTimerHeap;
import ctxbench.time.RuntimeTimer;
import ctxbench.time.TimerQueues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The model's goroutine scheduler: GOMAXPROCS {@link P}s, one {@link M} (carrier thread) per P,
 * a global run queue and the idle and spinning bookkeeping that decides which M to wake.
 *
 * <p>Go: {@code runtime.schedt} ({@code sched}) and {@code newproc}, {@code ready},
 * {@code wakep}, {@code globrunqput}, {@code globrunqget}, {@code pidleput}, {@code pidleget},
 * {@code wakeNetPoller}, {@code timeSleep} (runtime/proc.go, runtime/time.go, Go 1.19). Which
 * runtime goroutines use is chosen once per JVM by the system property {@code ctxbench.sched}:
 * {@code vt} (the default: virtual threads) or {@code go} (this scheduler, with
 * {@code ctxbench.gomaxprocs} Ps, default {@link Runtime#availableProcessors()}). Tests may make
 * schedulers of their own with {@link #Sched(int)}; their Ms are daemon threads that sleep when
 * there is nothing to run, and are never stopped.
 *
 * <p>Costs, as in Go: spawning or readying a goroutine from a goroutine is a push into the
 * current P's {@code runnext} plus a {@link #wakep} that does nothing unless a P is idle and no
 * M spins; from any other thread it is a push under the global queue's lock plus {@link #wakep}.
 * The global queue and the idle-P list share one lock (Go's {@code sched.lock}).
 *
 * <p>Where it differs from Go: no preemption (see {@link M}); Ms are bound 1:1 to Ps, so a
 * goroutine that blocks its carrier thread (a JDK lock or latch, {@code Thread.sleep}, blocking
 * I/O, a pinned park) blocks its P, where Go hands the P to another M during a system call;
 * dead goroutines are not reused.
 *
 * <p>The carrier of a goroutine. A goroutine's frames move from one M to another when it parks on
 * one and is resumed by another, but the JIT (C2) compiles {@code Thread.currentThread()} as a
 * value that cannot change within a compiled frame (true for platform and virtual threads), so a
 * compiled goroutine frame may keep using the M it read before a park. The runtime therefore finds
 * the current M only through {@link #carrier()}, a call the JIT cannot inline, and the scheduler's
 * lock ({@link #lock}) is a monitor, whose owner is the real thread. JDK code that keys on
 * {@code Thread.currentThread()} and runs on goroutines can still see a stale M in such a frame:
 * {@code ThreadLocalRandom} (the select's poll order: harmless); the model's locks are monitors
 * or, for {@link GoTimerHeap}, a runtime mutex whose sleepers wait on its monitor, neither of which records an owner from
 * {@code Thread.currentThread()}.
 */
public final class Sched {
    /** The system property choosing the runtime: {@code go} or {@code vt}. */
    public static final String PROPERTY = "ctxbench.sched";
    /** The system property setting the default scheduler's number of Ps. */
    public static final String GOMAXPROCS_PROPERTY = "ctxbench.gomaxprocs";
    /** Whether {@link Goroutines#go} starts goroutines on this scheduler (read once). */
    static final boolean GO = "go".equals(mode());

    private static final AtomicInteger IDS = new AtomicInteger();

    final int id = IDS.getAndIncrement();
    /** Go: {@code gomaxprocs}. */
    final int gomaxprocs;
    /** Go: {@code allp}. */
    final P[] allp;
    /** Go: {@code sched.nmspinning}. */
    final AtomicInteger nmspinning = new AtomicInteger();
    /** Go: {@code sched.runqsize}: written under {@link #lock}, read racily as a hint. */
    volatile int runqsize;
    /** Go: {@code sched.npidle}: written under {@link #lock}, read racily by {@link #wakep}. */
    volatile int npidle;

    /**
     * Go: {@code sched.lock}: guards {@link #runq} and {@link #pidle}. A monitor, not a
     * {@code ReentrantLock}: goroutines take it (a ready's {@link #wakep}), and a lock that records
     * its owner from {@code Thread.currentThread()} could record a stale M (see the class comment).
     */
    private final Object lock = new Object();
    private final ArrayDeque<G> runq = new ArrayDeque<>();
    private final ArrayDeque<P> pidle = new ArrayDeque<>();
    /** The idle M that sleeps until the next timer (Go: the M blocked in {@code netpoll}). */
    private final AtomicReference<M> poller = new AtomicReference<>();
    /** Goroutines created and not returned yet. */
    private final AtomicInteger live = new AtomicInteger();

    /** Creates a scheduler with {@code gomaxprocs} Ps and starts its Ms, which go idle at once. */
    public Sched(int gomaxprocs) {
        if (gomaxprocs < 1) {
            throw new IllegalArgumentException("gomaxprocs must be at least 1: " + gomaxprocs);
        }
        this.gomaxprocs = gomaxprocs;
        allp = new P[gomaxprocs];
        for (int i = 0; i < gomaxprocs; i++) {
            allp[i] = new P(this, i);
            allp[i].m = new M(this, allp[i]);
        }
        for (P p : allp) {
            p.m.start();
        }
    }

    /** The scheduler {@link Goroutines#go} uses from threads that are not goroutines. */
    public static Sched get() {
        return Default.SCHED;
    }

    /** The runtime chosen by {@link #PROPERTY}: {@code go} or {@code vt}. */
    public static String mode() {
        String mode = System.getProperty(PROPERTY, "vt");
        if (!mode.equals("go") && !mode.equals("vt")) {
            throw new IllegalArgumentException("unknown " + PROPERTY + " '" + mode + "' (go or vt)");
        }
        return mode;
    }

    /** Go: {@code runtime.GOMAXPROCS(0)}. */
    public int gomaxprocs() {
        return gomaxprocs;
    }

    /** Goroutines of this scheduler created and not returned yet (parked ones included). */
    public int goroutines() {
        return live.get();
    }

    /** Entries in all Ps' timer heaps, stopped timers not yet removed included. */
    public int timerEntries() {
        int n = 0;
        for (P p : allp) {
            n += p.timers.size();
        }
        return n;
    }

    /**
     * Whether every P is idle and no goroutine is queued: no goroutine is runnable or running
     * (those left are parked). A snapshot; an M may be waking up for a timer.
     */
    public boolean idle() {
        synchronized (lock) {
            return npidle == gomaxprocs && runqsize == 0;
        }
    }

    /**
     * Runs {@code f} on a new goroutine of this scheduler and blocks the calling thread until it
     * returns, rethrowing what it threw. For tests and benchmarks; the caller must not be a
     * goroutine of the {@code go} scheduler (it would block its M and P).
     */
    public void run(Runnable f) {
        if (currentG() != null) {
            throw new IllegalStateException("Sched.run on a goroutine would block its P");
        }
        Thread caller = Thread.currentThread();
        Throwable[] thrown = new Throwable[1];
        AtomicInteger done = new AtomicInteger();
        G g = new G(this, () -> {
            try {
                f.run();
            } catch (Throwable e) {
                thrown[0] = e;
            } finally {
                done.set(1);
                LockSupport.unpark(caller);
            }
        }, false);
        live.incrementAndGet();
        globrunqput(g);
        wakep();
        boolean interrupted = false;
        while (done.get() == 0) {
            LockSupport.park(this);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            caller.interrupt();
        }
        Goroutines.rethrow(thrown[0]);
    }

    // ---- Entry points for the rest of the model -----------------------------------------------

    /**
     * The thread that runs the caller now: {@code Thread.currentThread()} read in a frame of its
     * own, reached through a method handle the JIT cannot inline (it is not a constant), so that a
     * goroutine resumed on another M never gets the M its compiled caller saw before it parked
     * (see the class comment). Cost: an indirect call, a few nanoseconds.
     */
    static Thread carrier() {
        try {
            return (Thread) carrierHandle.invokeExact();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** Not final on purpose: the JIT inlines only constant method handles. */
    private static MethodHandle carrierHandle = carrierHandle();

    private static MethodHandle carrierHandle() {
        try {
            return MethodHandles.lookup().findStatic(Sched.class, "currentThreadInOwnFrame", MethodType.methodType(Thread.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Thread currentThreadInOwnFrame() {
        return Thread.currentThread();
    }

    /** The goroutine of a {@code go} scheduler running on the calling thread, or null. */
    static G currentG() {
        return carrier() instanceof M m ? m.curg : null;
    }

    /**
     * Go: {@code newproc}: a new goroutine in the current P's {@code runnext} (the one there moves
     * to the tail of the local ring) when called on an M, else in the default scheduler's global
     * queue; then {@link #wakep}.
     */
    static G newproc(Runnable f) {
        if (carrier() instanceof M m) {
            G g = new G(m.sched, f, true);
            m.sched.live.incrementAndGet();
            m.p.runqput(g, true);
            m.sched.wakep();
            return g;
        }
        Sched s = get();
        G g = new G(s, f, true);
        s.live.incrementAndGet();
        s.globrunqput(g);
        s.wakep();
        return g;
    }

    /**
     * Go: {@code ready} (via {@code goready}): puts a parked goroutine in the readier's P's
     * {@code runnext} when the readier runs on an M of the same scheduler (a goroutine, or a
     * timer function run by the M), else in the global queue; then {@link #wakep}.
     */
    static void goready(G g) {
        g.status = G.GRUNNABLE;
        Sched s = g.sched;
        if (carrier() instanceof M m && m.sched == s) {
            m.p.runqput(g, true);
        } else {
            s.globrunqput(g);
        }
        s.wakep();
    }

    /**
     * The timer heap a new timer goes to (Go: {@code addtimer} uses the current P's): the calling
     * M's P, or for a thread that is no M a P of the default scheduler chosen by the thread's id,
     * which spreads threads over the heaps.
     */
    public static GoTimerHeap timerHeap() {
        Thread t = carrier();
        if (t instanceof M m) {
            return m.p.timers;
        }
        P[] allp = get().allp;
        return allp[(int) (t.threadId() % allp.length)].timers;
    }

    /**
     * Go: {@code timeSleep}: if the caller is a goroutine of a {@code go} scheduler, parks it
     * until {@code when} (on the {@link ctxbench.time.Time#nanotime()} clock) on a timer that
     * readies it, and returns true; else returns false at once. Go reuses the goroutine's own
     * timer; the model allocates one per sleep.
     */
    public static boolean timeSleep(long when) {
        if (currentG() == null) {
            return false;
        }
        Waiter w = new Waiter();
        RuntimeTimer t = new RuntimeTimer() {
            @Override
            public void run() {
                w.ready(null);
            }
        };
        TimerQueues.current().add(t, when);
        w.park();
        return true;
    }

    // ---- The global run queue (Go: sched.runq) ----------------------------------------------

    /** Go: {@code globrunqput}. */
    void globrunqput(G g) {
        synchronized (lock) {
            runq.addLast(g);
            runqsize = runq.size();
        }
    }

    /** Go: {@code globrunqputbatch}: what {@link P#runqputslow} spills. */
    void globrunqputbatch(G[] batch) {
        synchronized (lock) {
            for (G g : batch) {
                runq.addLast(g);
            }
            runqsize = runq.size();
        }
    }

    /**
     * Go: {@code globrunqget}: takes a fair share of the global queue (at most {@code max} if
     * positive, at most half a local ring), returns the first and puts the rest in {@code p}'s
     * ring. Called by {@code p}'s M.
     */
    G globrunqget(P p, int max) {
        synchronized (lock) {
            int size = runq.size();
            if (size == 0) {
                return null;
            }
            int n = Math.min(size, size / gomaxprocs + 1);
            if (max > 0) {
                n = Math.min(n, max);
            }
            n = Math.min(n, P.RUNQ_SIZE / 2);
            G g = runq.pollFirst();
            for (int i = 1; i < n; i++) {
                p.runqput(runq.pollFirst(), false);
            }
            runqsize = runq.size();
            return g;
        }
    }

    // ---- Idle Ps, spinning Ms, the poller ------------------------------------------------

    /** Go: {@code pidleput}: {@code p}'s M is going to sleep. */
    void pidleput(P p) {
        synchronized (lock) {
            p.idle = true;
            pidle.addLast(p);
            npidle = pidle.size();
        }
    }

    /** Takes {@code p} off the idle list if it is still there (its own M woke up); true if it was. */
    boolean pidleremove(P p) {
        synchronized (lock) {
            if (!p.idle) {
                return false;
            }
            p.idle = false;
            pidle.remove(p);
            npidle = pidle.size();
            return true;
        }
    }

    /**
     * Go: {@code wakep}: if a P is idle and no M is spinning, wakes an idle P's M to spin (it
     * looks for work, and wakes another M when it finds some). Go's rule that keeps wake-ups
     * rare: at most one M spins because of a wakep at a time.
     */
    void wakep() {
        if (npidle == 0 || nmspinning.get() != 0 || !nmspinning.compareAndSet(0, 1)) {
            return;
        }
        P p;
        synchronized (lock) {
            p = pidle.pollLast();
            if (p != null) {
                p.idle = false;
                npidle = pidle.size();
                // Go: startm(pp, true) hands the spinning count to the woken M. Under the lock, so
                // an M that finds its P taken (pidleremove) sees it is spinning.
                p.m.spinning = true;
            }
        }
        if (p == null) {
            nmspinning.decrementAndGet();
            return;
        }
        p.m.wake();
    }

    /** Whether any P's run queue holds a goroutine: a spinning M's last look before it sleeps. */
    boolean anyLocalRunnable() {
        for (P p : allp) {
            if (!p.runqempty()) {
                return true;
            }
        }
        return false;
    }

    /** Go: {@code checkTimersNoP}: the earliest due time over all Ps' timers (Long.MAX_VALUE if none). */
    long nextTimerWhen() {
        long next = Long.MAX_VALUE;
        for (P p : allp) {
            next = Math.min(next, p.timers.nextWhen());
        }
        return next;
    }

    /** Makes {@code m} the poller if there is none (Go: {@code sched.lastpoll.Swap(0)}). */
    boolean becomePoller(M m) {
        return poller.compareAndSet(null, m);
    }

    /** {@code m} stops being the poller. */
    void leavePoller(M m) {
        poller.compareAndSet(m, null);
    }

    /**
     * Go: {@code wakeNetPoller}, called when a timer is added or moved earlier: wakes the poller
     * if it would sleep past {@code when}; without a poller, {@link #wakep}.
     */
    void wakeNetPoller(long when) {
        M pm = poller.get();
        if (pm != null) {
            if (when < pm.sleepUntil) {
                pm.wake();
            }
        } else {
            wakep();
        }
    }

    /** Go: {@code goexit0}: the goroutine returned. */
    void gdestroy(G g) {
        live.decrementAndGet();
        if (g.counted) {
            Goroutines.exited();
        }
        g.exit();
    }

    /** The default scheduler, created at first use. */
    private static final class Default {
        static final Sched SCHED = new Sched(Integer.getInteger(GOMAXPROCS_PROPERTY, Runtime.getRuntime().availableProcessors()));
    }
}
