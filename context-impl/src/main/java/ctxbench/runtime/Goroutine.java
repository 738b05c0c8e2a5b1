package ctxbench.runtime;

import java.time.Duration;

/**
 * A goroutine started by {@link Goroutines#go}, as far as a test or benchmark outside it needs to
 * see it: wait for it to return, or ask whether it is parked. Go has no such handle (a
 * {@code sync.WaitGroup} plays this role); the model keeps one for its harnesses.
 *
 * <p>Implementations: {@link G} (the {@code go} scheduler) and {@link VirtualGoroutine} (a virtual
 * thread, the {@code vt} runtime).
 */
public sealed interface Goroutine permits G, VirtualGoroutine {
    /** Waits up to {@code timeout} for the goroutine to return; true if it has. */
    boolean join(Duration timeout) throws InterruptedException;

    /** Whether the goroutine has not returned yet (Go: status other than {@code _Gdead}). */
    boolean isAlive();

    /** Whether the goroutine is parked now (Go: status {@code _Gwaiting}). */
    boolean isParked();
}
