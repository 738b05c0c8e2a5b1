package ctxbench.load;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Which requests of a run get a slow worker: each request independently with probability
 * {@code share}, from a seeded generator, so that every variant of a run sees the same requests
 * slow (as the Go load generator's {@code -seed} does; the two languages' generators differ, so
 * the chosen requests differ between Java and Go, not their share).
 */
final class SlowRequests {
    private final BitSet slow;

    /** Chooses among {@code count} requests with probability {@code share} (0..1), seeded by {@code seed}. */
    SlowRequests(double share, long seed, long count) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("slow share must be within 0..1, not " + share);
        }
        slow = new BitSet(Math.toIntExact(count));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            if (random.nextDouble() < share) {
                slow.set(i);
            }
        }
    }

    /** Whether request {@code index} has a slow worker. */
    boolean isSlow(long index) {
        return slow.get(Math.toIntExact(index));
    }

    /** How many requests have a slow worker. */
    int count() {
        return slow.cardinality();
    }
}
