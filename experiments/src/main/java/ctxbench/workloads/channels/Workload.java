package ctxbench.workloads.channels;

import java.util.ArrayList;
import java.util.List;

/**
 * A channel workload ({@link PingPong}, {@link Transfer}, {@link ProdCons}, {@link SelectRecv}):
 * its channels, the peers that work them from construction on, and the tear-down that ends
 * them. A subclass makes its channels with {@link #pipe}, {@link #tokens} (or registers their
 * close with {@link #closeOnRelease}), then starts its peers with {@link #peers}. The group's
 * release action (see {@link PeerGroup}) closes every channel registered, in the order made:
 * that releases every peer blocked in them, and may run twice (after a peer failed, then at
 * {@link #stop}), which closing allows.
 *
 * <p>Every channel is registered before the first peer starts (the subclass's constructor makes
 * them first), so the list the release action reads is complete and no longer changes by then.
 */
public abstract class Workload {
    /** The workload's peers, of the kind given to the constructor. */
    protected final PeerGroup peers;
    /** What the release action closes, in the order made. */
    private final List<Runnable> closers = new ArrayList<>();

    /** A workload whose peers will be of {@code kind}; the subclass starts them. */
    protected Workload(ThreadKind kind) {
        this.peers = new PeerGroup(kind, this::release);
    }

    /** A new pipe of {@code impl} with capacity {@code cap}, closed on release ({@link PipeImpl#make}). */
    protected final <T> Pipe<T> pipe(PipeImpl impl, int cap) {
        Pipe<T> pipe = impl.make(cap);
        closers.add(pipe::close);
        return pipe;
    }

    /** New {@link Tokens} of that bound, closed on release. */
    final Tokens tokens(int bound) {
        Tokens tokens = new Tokens(bound);
        closers.add(tokens::close);
        return tokens;
    }

    /** Registers {@code close} (idempotent) to run on release, for channels not made by {@link #pipe} or {@link #tokens}. */
    protected final void closeOnRelease(Runnable close) {
        closers.add(close);
    }

    /** Ends every peer (see {@link PeerGroup#stop}); throws rather than hang if one does not end. */
    public final void stop() {
        peers.stop();
    }

    /** Whether every peer has ended (for tests). */
    final boolean peersEnded() {
        return peers.allEnded();
    }

    /** The group's release action: closes every registered channel. */
    private void release() {
        for (Runnable close : closers) {
            close.run();
        }
    }
}
