package ctxbench.check.mutant;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A goroutine parked in one blocking channel operation or one {@code select}: what Go keeps in
 * the {@code g} for that purpose ({@code param}, {@code selectDone}) plus the park/ready pair.
 *
 * <p>Go: {@code gopark} / {@code goready} and the fields {@code g.param}, {@code g.selectDone}
 * of runtime/runtime2.go. Invariant: {@link #ready} is called at most once per waiter, by the
 * goroutine that completed its operation (or closed its channel), after it wrote the sudog's
 * {@code elem} and {@code success}; the volatile write of {@code woken} publishes them.
 *
 * <p>Copied unchanged (but for the names) from {@code ctxbench.runtime.Waiter} for {@link MutantChan}.
 */
final class MutantWaiter {
    private static final VarHandle SELECT_DONE;

    static {
        try {
            SELECT_DONE = MethodHandles.lookup().findVarHandle(MutantWaiter.class, "selectDone", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Thread thread = Thread.currentThread();
    /** The sudog whose operation completed (Go: {@code gp.param}). */
    private MutantSudog param;
    private volatile boolean woken;
    @SuppressWarnings("unused") // accessed through SELECT_DONE
    private volatile int selectDone;

    /**
     * Go: the {@code atomic.Cas(&sgp.g.selectDone, 0, 1)} in {@code waitq.dequeue}: claims this
     * select for one channel operation. Only the first of racing channels wins.
     */
    boolean claimSelect() {
        return SELECT_DONE.compareAndSet(this, 0, 1);
    }

    /** Go: {@code goready}. Records which sudog completed and unparks the goroutine. */
    void ready(MutantSudog sg) {
        param = sg;
        woken = true;
        LockSupport.unpark(thread);
    }

    /**
     * Go: {@code gopark}. Parks until {@link #ready} and returns the completed sudog. Go
     * goroutines cannot be interrupted; an interrupt is held back and restored on return.
     */
    MutantSudog park() {
        boolean interrupted = false;
        while (!woken) {
            LockSupport.park(this);
            if (Thread.interrupted()) {
                interrupted = true;
            }
        }
        if (interrupted) {
            thread.interrupt();
        }
        return param;
    }

    /** Go: {@code gopark(nil, nil, waitReasonChanReceiveNilChan, ...)}: parks forever. */
    static void parkForever() {
        Object blocker = new Object();
        for (;;) {
            LockSupport.park(blocker);
            Thread.interrupted();
        }
    }
}
