package ctxbench.check.mutant;

import ctxbench.runtime.VarHandles;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A copy of the model's {@code ctxbench.runtime.Waiter} for {@link MutantChan} and
 * {@link MutantSelect}: a thread parked in one blocking channel operation or one {@code select},
 * with Go's {@code param} and {@code selectDone} and the park/ready handshake of the model.
 *
 * <p>Only the half of the handshake that a thread runs is copied. The checkers drive the mutants
 * from threads (JUnit's, Lincheck's, the stress test's virtual threads), never from a goroutine
 * of the {@code go} scheduler, and a {@code G} could not park here anyway: its M commits the park
 * of a real {@code Waiter} ({@code G.waiting}, {@code M}). So the copy has no {@code g}, and its
 * states go {@code RUNNING → BLOCKED → READIED} (or {@code RUNNING → READIED} when the ready comes
 * first), exactly as {@code Waiter}'s do for a caller that is no goroutine.
 *
 * <p>Below this comment the copy is {@code Waiter.java} line for line, but for the names of the
 * copied classes and the marked places ({@code ADAPTED}, {@code OMITTED}: the goroutine's half).
 * {@link MutantSourceTest} holds it to that; when it fails, carry the change of
 * {@code Waiter.java} over to this copy.
 */
final class MutantWaiter {
    private static final int RUNNING = 0;
    // OMITTED PARKING, WAITING: the goroutine's states (see the class comment)
    private static final int BLOCKED = 3;
    private static final int READIED = 4;

    private static final VarHandle SELECT_DONE = VarHandles.field(MethodHandles.lookup(), MutantWaiter.class, "selectDone", int.class);
    private static final VarHandle STATE = VarHandles.field(MethodHandles.lookup(), MutantWaiter.class, "state", int.class);

    // OMITTED g: the goroutine's half (see the class comment)
    /** The thread to unpark when {@link #state} is {@code BLOCKED}: the waiting thread, or the pinned goroutine's carrier. */
    private Thread thread;
    /** The sudog whose operation completed (Go: {@code gp.param}). */
    private MutantSudog param;
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
    void ready(MutantSudog sg) {
        param = sg;
        for (;;) {
            int s = state;
            if (STATE.compareAndSet(this, s, READIED)) {
                // ADAPTED-BEGIN: the goroutine's half (see the class comment)
                // source: if (s == WAITING) {
                // source:     Sched.goready(g);
                // source: } else if (s == BLOCKED) {
                if (s == BLOCKED) {
                // ADAPTED-END
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
    MutantSudog park() {
        // ADAPTED-BEGIN: the goroutine's half (see the class comment)
        // source: if (g != null) {
        // source:     if (!STATE.compareAndSet(this, RUNNING, PARKING)) {
        // source:         return param; // readied before it parked
        // source:     }
        // source:     g.waiting = this;
        // source:     if (GoContinuation.yieldG()) {
        // source:         return param; // resumed after a ready: commitPark or the READIED check ran on the M
        // source:     }
        // source:     g.waiting = null; // pinned: block the carrier, still in PARKING
        // source:     thread = Sched.carrier(); // not Thread.currentThread(): this frame may have run on another M before (see Sched)
        // source:     if (!STATE.compareAndSet(this, PARKING, BLOCKED)) {
        // source:         return param;
        // source:     }
        // source: } else {
        // ADAPTED-END
        thread = Thread.currentThread();
        if (!STATE.compareAndSet(this, RUNNING, BLOCKED)) {
            return param;
        }
        // ADAPTED-BEGIN: the end of the goroutine's branch above
        // source: }
        // ADAPTED-END
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

    // OMITTED commitPark(): the goroutine's half (see the class comment)

    /** Go: {@code gopark(nil, nil, waitReasonChanReceiveNilChan, ...)}: parks forever. */
    static void parkForever() {
        new MutantWaiter().park(); // nothing can ready it
        throw new AssertionError("a waiter nobody can ready was readied");
    }
}
