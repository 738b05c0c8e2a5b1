package ctxbench.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A goroutine parked in one blocking channel operation, one {@code select} or one
 * {@code time.Sleep}: what Go keeps in the {@code g} for that purpose ({@code param},
 * {@code selectDone}) plus the park/ready handshake.
 *
 * <p>Go: {@code gopark} / {@code goready} and the fields {@code g.param}, {@code g.selectDone}
 * of runtime/runtime2.go. Two kinds of caller park here:
 * <ul>
 *   <li>a goroutine of the {@code go} scheduler ({@link G}): {@link #park} yields its continuation
 *       back to its M, and {@link #ready} puts it in the readier's P ({@link Sched#goready}).
 *       Cost: a yield and a resume (about 90 ns together) plus two CASes on {@link #state};</li>
 *   <li>any other thread (a virtual thread of the {@code vt} runtime, a JUnit, Lincheck or JMH
 *       platform thread): {@link #park} parks the thread with {@link LockSupport} and
 *       {@link #ready} unparks it. Cost: an OS or ForkJoinPool wake-up.</li>
 * </ul>
 *
 * <p>The handshake. Go's {@code gopark} keeps the channel locked until the goroutine is off its
 * stack ({@code park_m} calls {@code unlockf}); the model unlocks first, so a ready may come
 * before, during or after the park. {@link #state} orders them: {@code RUNNING} (not parked yet),
 * {@code PARKING} (the goroutine asked to yield), {@code WAITING} (its M committed the park),
 * {@code BLOCKED} (its thread is parked with LockSupport: the caller is not a goroutine, or the
 * goroutine's yield was pinned) and {@code READIED}. A ready moves any state to {@code READIED}
 * by CAS and then does what that state needs: nothing for {@code RUNNING} and {@code PARKING}
 * (the goroutine, or its M's CAS {@code PARKING → WAITING} failing, sees {@code READIED} and runs
 * on), {@code goready} for {@code WAITING}, an unpark for {@code BLOCKED}.
 *
 * <p>Invariants: {@link #ready} is called at most once per waiter, by the goroutine that
 * completed its operation (or closed its channel), after it wrote the sudog's {@code elem} and
 * {@code success}; the volatile write of {@link #state} publishes them. A goroutine never parks
 * while it holds a monitor or a {@code java.util.concurrent} lock: their owner is the carrier
 * thread, which runs other goroutines while this one is parked, and they would re-enter it
 * (neither pins the yield, see {@link GoContinuation}). The model keeps it: channel operations,
 * selects and {@link Sema} release their monitor before they park, and no {@code synchronized}
 * block of the context package parks.
 */
final class Waiter {
    private static final int RUNNING = 0;
    private static final int PARKING = 1;
    private static final int WAITING = 2;
    private static final int BLOCKED = 3;
    private static final int READIED = 4;

    private static final VarHandle SELECT_DONE = VarHandles.field(MethodHandles.lookup(), Waiter.class, "selectDone", int.class);
    private static final VarHandle STATE = VarHandles.field(MethodHandles.lookup(), Waiter.class, "state", int.class);

    /** The goroutine of the {@code go} scheduler that waits here, or null for any other thread. */
    private final G g = Sched.currentG();
    /** The thread to unpark when {@link #state} is {@code BLOCKED}: the waiting thread, or the pinned goroutine's carrier. */
    private Thread thread;
    /** The sudog whose operation completed (Go: {@code gp.param}). */
    private Sudog param;
    @SuppressWarnings("unused") // accessed through STATE
    private volatile int state;
    @SuppressWarnings("unused") // accessed through SELECT_DONE
    private volatile int selectDone;

    /**
     * Go: the {@code atomic.Cas(&sgp.g.selectDone, 0, 1)} in {@code waitq.dequeue}: claims this
     * select for one channel operation. Only the first of racing channels wins.
     */
    boolean claimSelect() {
        return SELECT_DONE.compareAndSet(this, 0, 1);
    }

    /** Go: {@code goready}. Records which sudog completed and wakes the waiter (see the class comment). */
    void ready(Sudog sg) {
        param = sg;
        for (;;) {
            int s = state;
            if (STATE.compareAndSet(this, s, READIED)) {
                if (s == WAITING) {
                    Sched.goready(g);
                } else if (s == BLOCKED) {
                    LockSupport.unpark(thread);
                }
                return;
            }
        }
    }

    /**
     * Go: {@code gopark}. Parks until {@link #ready} and returns the completed sudog. Go
     * goroutines cannot be interrupted; a thread's interrupt is held back and restored on return.
     */
    Sudog park() {
        if (g != null) {
            if (!STATE.compareAndSet(this, RUNNING, PARKING)) {
                return param; // readied before it parked
            }
            g.waiting = this;
            if (GoContinuation.yieldG()) {
                return param; // resumed after a ready: commitPark or the READIED check ran on the M
            }
            g.waiting = null; // pinned: block the carrier, still in PARKING
            thread = Sched.carrier(); // not Thread.currentThread(): this frame may have run on another M before (see Sched)
            if (!STATE.compareAndSet(this, PARKING, BLOCKED)) {
                return param;
            }
        } else {
            thread = Thread.currentThread();
            if (!STATE.compareAndSet(this, RUNNING, BLOCKED)) {
                return param;
            }
        }
        boolean interrupted = false;
        while (state != READIED) {
            LockSupport.park(this);
            if (Thread.interrupted()) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return param;
    }

    /**
     * Go: {@code park_m}'s {@code casgstatus(gp, _Grunning, _Gwaiting)} and {@code unlockf}: run
     * by the M after the goroutine yielded. True if the park stands (a later ready will
     * {@code goready} the goroutine); false if a ready came during the yield, when the M must run
     * the goroutine again.
     */
    boolean commitPark() {
        return STATE.compareAndSet(this, PARKING, WAITING);
    }

    /** Go: {@code gopark(nil, nil, waitReasonChanReceiveNilChan, ...)}: parks forever. */
    static void parkForever() {
        new Waiter().park(); // nothing can ready it
        throw new AssertionError("a waiter nobody can ready was readied");
    }
}
