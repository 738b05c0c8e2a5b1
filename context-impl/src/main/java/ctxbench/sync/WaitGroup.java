package ctxbench.sync;

import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Sema;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's {@code sync.WaitGroup}: waits for a collection of goroutines to finish. The goroutine
 * that starts them calls {@link #add}; each calls {@link #done} when it finishes; {@link #await}
 * blocks until all have.
 *
 * <p>Go: sync/waitgroup.go (Go 1.20's layout, the same algorithm as 1.19): one 64-bit state word
 * whose high half is the counter and whose low half is the number of waiters, plus a semaphore
 * the waiters sleep on. {@code Add} that brings the counter to zero resets the state and releases
 * every waiter; {@code Wait} registers itself with a CAS and sleeps. The semaphore is a
 * {@link Sema} (Go: {@code runtime_Semacquire}), so a waiting goroutine parks as a goroutine (its
 * virtual thread, or its {@code G} under the {@code go} scheduler) and a platform thread parks
 * itself. Panics carry Go's messages. Cost: one {@link AtomicLong} add per {@code Add}/{@code Done};
 * a CAS and a park per waiter.
 *
 * <p>Go's {@code Wait} is {@link #await} here: Java reserves {@code wait()} for monitors.
 */
public final class WaitGroup {
    private final AtomicLong state = new AtomicLong(); // high 32 bits: counter; low 32 bits: waiters
    private final Sema sema = new Sema();

    /**
     * Go: {@code wg.Add(delta)}. Adds {@code delta} (which may be negative) to the counter; when it
     * reaches zero every goroutine blocked in {@link #await} is released. Panics "sync: negative
     * WaitGroup counter" if the counter goes below zero.
     */
    public void add(int delta) {
        long s = state.addAndGet((long) delta << 32);
        int v = (int) (s >> 32);
        int w = (int) s;
        if (v < 0) {
            throw new GoPanic("sync: negative WaitGroup counter");
        }
        if (w != 0 && delta > 0 && v == delta) {
            throw new GoPanic("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        if (v > 0 || w == 0) {
            return;
        }
        // Counter is 0 and there are waiters: nobody may change the state now but us.
        if (state.get() != s) {
            throw new GoPanic("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        state.set(0);
        sema.release(w);
    }

    /** Go: {@code wg.Done()}: {@code add(-1)}. */
    public void done() {
        add(-1);
    }

    /** Go: {@code wg.Wait()}: blocks until the counter is zero (returns at once if it is). */
    public void await() {
        for (;;) {
            long s = state.get();
            if ((int) (s >> 32) == 0) {
                return;
            }
            if (state.compareAndSet(s, s + 1)) {
                sema.acquire();
                if (state.get() != 0) {
                    throw new GoPanic("sync: WaitGroup is reused before previous Wait has returned");
                }
                return;
            }
        }
    }
}
