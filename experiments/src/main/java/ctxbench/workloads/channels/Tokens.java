package ctxbench.workloads.channels;

import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;

/**
 * A counting semaphore with a known bound that every kind of peer and measured side can wait on:
 * the per-batch hand-offs of {@link Transfer} and {@link ProdCons} (a grant to run a batch, an end
 * marker's arrival). It is a buffered channel of the model of capacity {@code bound}
 * ({@link #release} sends a token, {@link #acquire} receives one), so a waiting G of the
 * {@code go} runtime parks as a goroutine (a JDK {@code Semaphore} would park its carrier M and
 * stall the M's P), and a virtual or platform thread parks with {@code LockSupport}.
 *
 * <p>Ending: {@link #close} (in the workload's release action, see {@link PeerGroup}) makes every
 * waiting and later {@link #acquire} throw {@link PipeClosedException}; interrupts are ignored, as
 * the model's channels ignore them. Callers must never hold more than {@code bound} tokens
 * un-acquired: a {@link #release} beyond that would block. Cost: one channel operation per call,
 * once per batch of thousands of values.
 */
final class Tokens {
    private static final Boolean TOKEN = Boolean.TRUE;

    private final Chan<Boolean> chan;

    /** A semaphore with no tokens that holds at most {@code bound} un-acquired ones. */
    Tokens(int bound) {
        this.chan = Chan.make(bound);
    }

    /** Adds one token, waking one waiter. */
    void release() {
        try {
            chan.send(TOKEN);
        } catch (GoPanic closed) { // "send on closed channel": the workload is being torn down
            throw new PipeClosedException(closed);
        }
    }

    /** Takes one token, waiting until there is one; throws {@link PipeClosedException} once closed. */
    void acquire() {
        if (chan.recv() == null) { // the zero value: closed (tokens are never null)
            throw new PipeClosedException();
        }
    }

    /** Takes {@code n} tokens, one at a time. */
    void acquire(int n) {
        for (int i = 0; i < n; i++) {
            acquire();
        }
    }

    /** Releases every waiter for tear-down (see the class comment). Idempotent. */
    void close() {
        try {
            chan.close();
        } catch (GoPanic alreadyClosed) {
            // "close of closed channel": the release action may run twice (a failure, then stop)
        }
    }
}
