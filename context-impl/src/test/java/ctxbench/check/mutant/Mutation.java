package ctxbench.check.mutant;

/**
 * The bug seeded into a {@link MutantChan}. Each one but {@link #NONE} is the code of a
 * {@code // MUTATION-BEGIN <name>} region of the copies (see {@link MutantSourceTest}).
 */
public enum Mutation {
    /** No bug: the copy behaves as the model (the control run of the mutant harness). */
    NONE,
    /**
     * A missed wake-up: {@code close} takes the parked receivers off the queue but never readies
     * them, so they stay parked forever (Go's {@code closechan} readies every waiter it releases).
     */
    CLOSE_FORGETS_PARKED_RECEIVERS,
    /**
     * A lost hand-off: a receive from a full buffer with a parked sender takes the head but does
     * not move the sender's value to the tail (Go's {@code recv} does), so that value is lost
     * although its send returned.
     */
    LOST_HAND_OFF
}
