package ctxbench.runtime;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A machine of the {@code go} scheduler: a daemon platform thread ({@code go-m-N}) that runs
 * goroutines of its P, one at a time, until they park or return.
 *
 * <p>Go: {@code runtime.m} and {@code schedule}, {@code findRunnable}, {@code stealWork},
 * {@code execute}, {@code park_m}, {@code stopm}/{@code notesleep} (runtime/proc.go, Go 1.19).
 * Simplification: each M is bound to one P for its whole life (Go keeps a pool of Ms and hands
 * Ps between them, mainly so that a goroutine in a system call does not hold a P). So a
 * goroutine that blocks its carrier thread (a JDK lock, {@code Thread.sleep}, a pinned park)
 * holds its P: the goroutines in its run queues wait until another M steals them.
 *
 * <p>Nothing preempts a goroutine (Go 1.14+ preempts one that runs more than 10 ms by a signal):
 * a goroutine that never parks keeps its M and P; the other Ms still run and steal the rest, and
 * with GOMAXPROCS=1 everything else waits for it.
 *
 * <p>Sleeping, as Go: an idle M puts its P on the idle list and sleeps; at most one idle M at a
 * time is the "poller" (Go: the M blocked in {@code netpoll}) and sleeps until the earliest
 * timer of any P, the others until {@link #wake}. {@link Sched#wakep} wakes an idle M to spin
 * when there may be work; {@link Sched#wakeNetPoller} wakes the poller for an earlier timer.
 * There is no {@code sysmon}: in Go it also starts an M when a timer is overdue. Here, once the
 * poller has left to run goroutines, a timer of an idle P waits until some M looks for work
 * again (or a new timer wakes one), so it fires late while every running M runs a goroutine that
 * does not park.
 */
final class M extends Thread {
    /** Go: {@code stealTries} in {@code stealWork}. */
    private static final int STEAL_TRIES = 4;
    /** Go: the {@code usleep(3)} before stealing a running P's {@code runnext}. */
    private static final long RUNNEXT_GRACE_NANOS = 3_000;

    final Sched sched;
    final P p;
    /** Go: {@code m.curg}: the goroutine running on this M, null while the M schedules. Owner only. */
    G curg;
    /** Go: {@code m.spinning}: looking for work; counted in {@link Sched#nmspinning}. Set by the M or by {@code wakep} while the M is idle. */
    volatile boolean spinning;
    /** The poller's wake-up time (Long.MAX_VALUE: only when woken); meaningful while this M is {@link Sched#poller}. */
    volatile long sleepUntil = Long.MAX_VALUE;
    /** Go: {@code m.park} (a note): set by {@link #wake}, consumed by the sleeping M. */
    private volatile boolean notified;

    /** Go: {@code newm}: the carrier of {@code p}, a daemon platform thread, not started yet. */
    M(Sched sched, P p) {
        super(null, null, "go-m-" + sched.id + "-" + p.id, 0, false);
        this.sched = sched;
        this.p = p;
        setDaemon(true);
    }

    /**
     * Go: {@code mstart} → {@code schedule} forever: find a goroutine, stop spinning (however
     * {@link #findRunnable} found it: an M that runs a goroutine is never counted as spinning, or
     * every {@code wakep} would be a no-op meanwhile), and run it.
     */
    @Override
    public void run() {
        for (;;) {
            G g = findRunnable();
            resetspinning();
            execute(g);
        }
    }

    /**
     * Go: {@code execute} and {@code park_m}: runs {@code g} until it parks or returns. A
     * goroutine readied during its own yield runs again at once, as Go's {@code park_m} does when
     * {@code unlockf} fails.
     */
    private void execute(G g) {
        for (;;) {
            curg = g;
            g.status = G.GRUNNING;
            boolean done = g.stack.resume();
            curg = null;
            if (done) {
                sched.gdestroy(g);
                return;
            }
            Waiter w = g.waiting;
            g.waiting = null;
            g.status = G.GWAITING; // before the commit: after it, a ready may run g elsewhere
            if (w.commitPark()) {
                return;
            }
        }
    }

    /**
     * Go: {@code findRunnable}: own timers, every 61st tick the global queue, {@code runnext} and
     * the local ring, the global queue, stealing (on the last pass also other Ps' due timers and
     * {@code runnext}), then sleep. Returns the goroutine to run; the caller resets spinning.
     */
    private G findRunnable() {
        for (;;) {
            p.timers.checkTimers(0);
            p.schedtick++;
            G g;
            if (p.schedtick % 61 == 0 && sched.runqsize > 0 && (g = sched.globrunqget(p, 1)) != null) {
                return g;
            }
            if ((g = p.runqget()) != null || (sched.runqsize > 0 && (g = sched.globrunqget(p, 0)) != null)) {
                return g;
            }
            if (!spinning && 2 * sched.nmspinning.get() < sched.gomaxprocs - sched.npidle) {
                spinning = true;
                sched.nmspinning.incrementAndGet();
            }
            if (spinning && (g = stealWork()) != null) {
                return g;
            }
            stopm();
        }
    }

    /** Go: {@code resetspinning}: a spinning M found work; if it was the last spinner, wake another. No-op if not spinning. */
    private void resetspinning() {
        if (spinning) {
            spinning = false;
            if (sched.nmspinning.decrementAndGet() == 0) {
                sched.wakep();
            }
        }
    }

    /**
     * Go: {@code stealWork}: up to four passes over the other Ps in a random order, stealing half
     * a run queue; on the last pass it first runs their due timers (the goroutines those ready
     * land in this P) and may take their {@code runnext}.
     */
    private G stealWork() {
        P[] allp = sched.allp;
        int n = allp.length;
        for (int i = 0; i < STEAL_TRIES; i++) {
            boolean last = i == STEAL_TRIES - 1;
            int start = ThreadLocalRandom.current().nextInt(n);
            for (int j = 0; j < n; j++) {
                P p2 = allp[(start + j) % n];
                if (p2 == p) {
                    continue;
                }
                G g;
                if (last) {
                    p2.timers.checkTimers(0);
                    if ((g = p.runqget()) != null) {
                        return g;
                    }
                }
                if (!p2.idle) {
                    if (last && p2.runqOnlyRunnext()) {
                        LockSupport.parkNanos(RUNNEXT_GRACE_NANOS); // let its own M take runnext first
                    }
                    if ((g = p.runqsteal(p2, last)) != null) {
                        return g;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Go: {@code findRunnable}'s idle path and {@code stopm}: drop spinning, put the P on the
     * idle list, look at the global queue once more and, if this M was spinning, at every P's
     * queues too (a goroutine queued meanwhile may have seen a spinning M and woken none), then
     * sleep: as the poller until the earliest timer of any P, or until woken.
     */
    private void stopm() {
        boolean wasSpinning = spinning;
        if (wasSpinning) {
            spinning = false;
            sched.nmspinning.decrementAndGet();
        }
        sched.pidleput(p);
        if (sched.runqsize > 0 || (wasSpinning && sched.anyLocalRunnable())) {
            if (sched.pidleremove(p) && wasSpinning) {
                spinning = true;
                sched.nmspinning.incrementAndGet();
            }
            return;
        }
        sleepUntil = sched.nextTimerWhen();
        boolean poller = sched.becomePoller(this);
        if (!poller) {
            sleepUntil = Long.MAX_VALUE;
        } else {
            long again = sched.nextTimerWhen(); // a timer added meanwhile saw no poller and only called wakep
            if (again < sleepUntil) {
                sleepUntil = again;
            }
        }
        while (!notified) {
            long until = sleepUntil;
            if (until == Long.MAX_VALUE) {
                LockSupport.park(this);
            } else {
                long left = until - ctxbench.time.Time.nanotime();
                if (left <= 0) {
                    break;
                }
                LockSupport.parkNanos(this, left);
            }
        }
        notified = false;
        if (poller) {
            sched.leavePoller(this);
        }
        sched.pidleremove(p);
    }

    /** Go: {@code notewakeup(&mp.park)}: wakes this M if it sleeps, or keeps it from sleeping next time. */
    void wake() {
        notified = true;
        LockSupport.unpark(this);
    }
}
