package ctxbench.time;

import ctxbench.runtime.VarHandles;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Go's runtime mutex ({@code runtime.mutex} with {@code lock2}/{@code unlock2} of
 * runtime/lock_futex.go, Go 1.19): the lock of a P's timer heap. Not reentrant, no owner.
 *
 * <p>Go's algorithm, step for step: a swap grabs a free lock at once; a held one is first spun on
 * (4 rounds of 30 {@code PAUSE}s, {@code procyield}), then waited for once with the OS's yield
 * ({@code osyield}), and only then slept on (the key becomes {@code SLEEPING} and the thread
 * sleeps until an unlock wakes one sleeper, {@code futexsleep}/{@code futexwakeup}). An unlock
 * swaps the key to {@code UNLOCKED} and wakes a sleeper only if the key said there may be one.
 * So a lock held for a short while (a timer heap's critical sections are sifts and status
 * changes) costs the waiter some spinning, not two OS context switches, as it does with a
 * {@code java.util.concurrent} lock that parks after one failed try.
 *
 * <p>The futex is this object's monitor: {@code futexsleep} waits on it while the key is still
 * {@code SLEEPING}, {@code futexwakeup} notifies one waiter. Monitors record their real owner
 * thread, so this also works for a goroutine of the {@code go} scheduler, whose compiled frames
 * may hold a stale {@code Thread.currentThread()} (see {@code ctxbench.runtime.Sched}). A sleeping
 * waiter blocks its thread (for a goroutine: its M), as {@code futexsleep} blocks Go's M.
 * Interrupts do not end a wait; the thread's interrupt status is kept.
 */
final class RuntimeMutex {
    private static final int UNLOCKED = 0;
    private static final int LOCKED = 1;
    private static final int SLEEPING = 2;
    /** Go: {@code active_spin}. */
    private static final int ACTIVE_SPIN = 4;
    /** Go: {@code active_spin_cnt}, the {@code PAUSE}s of one {@code procyield}. */
    private static final int ACTIVE_SPIN_CNT = 30;
    /** Go: {@code passive_spin}. */
    private static final int PASSIVE_SPIN = 1;
    /** Go spins only with more than one CPU. */
    private static final boolean MULTIPROCESSOR = Runtime.getRuntime().availableProcessors() > 1;

    private static final VarHandle KEY = VarHandles.field(MethodHandles.lookup(), RuntimeMutex.class, "key", int.class);

    @SuppressWarnings("unused") // accessed through KEY
    private volatile int key;

    /** Go: {@code lock2}. */
    void lock() {
        int v = (int) KEY.getAndSet(this, LOCKED);
        if (v == UNLOCKED) {
            return;
        }
        // wait is LOCKED or SLEEPING: whether a thread may sleep on the lock. Once the key has
        // been SLEEPING it must be set back to SLEEPING when taken, so that its sleeper is woken.
        int wait = v;
        int spin = MULTIPROCESSOR ? ACTIVE_SPIN : 0;
        boolean interrupted = false;
        for (;;) {
            for (int i = 0; i < spin; i++) {
                while (key == UNLOCKED) {
                    if (KEY.compareAndSet(this, UNLOCKED, wait)) {
                        restoreInterrupt(interrupted);
                        return;
                    }
                }
                for (int j = 0; j < ACTIVE_SPIN_CNT; j++) {
                    Thread.onSpinWait();
                }
            }
            for (int i = 0; i < PASSIVE_SPIN; i++) {
                while (key == UNLOCKED) {
                    if (KEY.compareAndSet(this, UNLOCKED, wait)) {
                        restoreInterrupt(interrupted);
                        return;
                    }
                }
                Thread.yield();
            }
            v = (int) KEY.getAndSet(this, SLEEPING);
            if (v == UNLOCKED) {
                restoreInterrupt(interrupted);
                return;
            }
            wait = SLEEPING;
            interrupted |= futexsleep();
        }
    }

    /** Go: {@code unlock2}. */
    void unlock() {
        int v = (int) KEY.getAndSet(this, UNLOCKED);
        if (v == UNLOCKED) {
            throw new IllegalStateException("unlock of unlocked lock");
        }
        if (v == SLEEPING) {
            futexwakeup();
        }
    }

    /** Go: {@code futexsleep(&l.key, mutex_sleeping, -1)}: sleeps unless the key has changed; returns whether an interrupt came. */
    private boolean futexsleep() {
        synchronized (this) {
            if (key == SLEEPING) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Go: {@code futexwakeup(&l.key, 1)}. */
    private void futexwakeup() {
        synchronized (this) {
            notify();
        }
    }

    private static void restoreInterrupt(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
