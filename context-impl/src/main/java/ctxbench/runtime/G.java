package ctxbench.runtime;

import java.time.Duration;

/**
 * A goroutine of the {@code go} scheduler: its stack (a {@link GoContinuation}), its status and
 * what the scheduler keeps about it.
 *
 * <p>Go: {@code runtime.g} (runtime/runtime2.go) with {@code atomicstatus}. Statuses follow Go's
 * {@code _Grunnable} (in a run queue, or being handed to an M), {@code _Grunning} (on an M),
 * {@code _Gwaiting} (parked: only a {@code ready} puts it back in a run queue) and
 * {@code _Gdead} (returned). Cost: this object, the continuation and its first stack chunk;
 * Go reuses dead {@code g}s from a free list, the model does not.
 *
 * <p>Invariants: only the M running a goroutine changes {@link #status} out of {@code _Grunning};
 * only the readier of the {@link Waiter} named by {@link #waiting} takes it out of
 * {@code _Gwaiting}; a goroutine is in at most one run queue (or runnext slot) at a time.
 */
final class G implements Goroutine {
    static final int GRUNNABLE = 1;
    static final int GRUNNING = 2;
    static final int GWAITING = 3;
    static final int GDEAD = 4;

    final Sched sched;
    final GoContinuation stack;
    /** Started by {@link Goroutines#go}, so counted by {@link Goroutines#running()}. */
    final boolean counted;
    /** Go: {@code atomicstatus}. Written by the scheduler; read by tests and {@link #isParked()}. */
    volatile int status = GRUNNABLE;
    /** Someone called {@link #join}: {@link #exit} must notify. */
    private volatile boolean joined;
    /** The waiter the goroutine yielded on (Go: {@code gp.waiting}'s owner); read by the M after the yield. */
    Waiter waiting;

    /** Go: {@code newproc1}: a runnable goroutine of {@code sched} that will run {@code f}; {@code counted} if started by {@link Goroutines#go}. */
    G(Sched sched, Runnable f, boolean counted) {
        this.sched = sched;
        this.counted = counted;
        this.stack = new GoContinuation(() -> body(f));
    }

    /** Go: {@code goexit}'s caller: runs {@code f}; an uncaught exception ends only this goroutine. */
    private void body(Runnable f) {
        try {
            f.run();
        } catch (Throwable e) {
            // Virtual threads pass an uncaught exception to the default handler; so does a goroutine.
            Thread.UncaughtExceptionHandler h = Thread.getDefaultUncaughtExceptionHandler();
            if (h != null) {
                h.uncaughtException(Thread.currentThread(), e);
            } else {
                System.err.print("Exception in goroutine: ");
                e.printStackTrace();
            }
        }
    }

    /**
     * Go: {@code gdestroy}'s bookkeeping: marks the goroutine dead and wakes {@link #join}
     * callers, taking the monitor only if there are any. {@link #status} is written before
     * {@link #joined} is read, and {@code join} writes {@code joined} before it reads the status:
     * either the joiner sees the goroutine dead or this sees the joiner.
     */
    void exit() {
        status = GDEAD;
        if (joined) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    @Override
    public boolean join(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        joined = true;
        synchronized (this) {
            while (status != GDEAD) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    @Override
    public boolean isAlive() {
        return status != GDEAD;
    }

    @Override
    public boolean isParked() {
        return status == GWAITING;
    }
}
