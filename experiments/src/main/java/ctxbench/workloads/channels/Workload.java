package ctxbench.workloads.channels;

/**
 * A channel workload ({@link PingPong}, {@link Transfer}, {@link ProdCons}, {@link SelectRecv}):
 * its channels, the peers that work them from construction on, and the tear-down that ends
 * them. A subclass makes its channels, then starts its peers with {@link #peers}; {@link #release}
 * is the group's release action (see {@link PeerGroup}).
 */
public abstract class Workload {
    /** The workload's peers, of the kind given to the constructor. */
    protected final PeerGroup peers;

    /** A workload whose peers will be of {@code kind}; the subclass starts them. */
    protected Workload(ThreadKind kind) {
        this.peers = new PeerGroup(kind, this::release);
    }

    /**
     * Closes the workload's pipes and {@link Tokens}, releasing every peer blocked in them; may
     * run twice (after a peer failed, then at {@link #stop}) and must then do nothing more.
     */
    protected abstract void release();

    /** Ends every peer (see {@link PeerGroup#stop}); throws rather than hang if one does not end. */
    public final void stop() {
        peers.stop();
    }

    /** Whether every peer has ended (for tests). */
    final boolean peersEnded() {
        return peers.allEnded();
    }
}
