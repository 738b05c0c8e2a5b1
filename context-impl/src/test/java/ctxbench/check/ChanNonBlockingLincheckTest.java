package ctxbench.check;

import java.util.List;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lincheck's data-structure mode on the model's channel: random concurrent scenarios of
 * {@code trySend}, {@code tryRecv}, {@code close} and {@code len} (the operations that never
 * block) must be linearizable with respect to {@link ChanSpec}, for capacities 0, 1 and 2, both
 * under the model checker (every shared access a possible thread switch) and under stress (real
 * threads, Lincheck's stress strategy).
 *
 * <p>This covers the lock-free fast paths Go also has ({@code chansend}/{@code chanrecv} read
 * {@code qcount}, {@code closed} and the wait queues without the lock), and close racing them: for
 * instance a non-blocking receive must report "closed" only once every value buffered before
 * the close is gone. Blocking operations and two-channel selects are in
 * {@link ChanModelCheckTest}: Lincheck's verifier needs a deterministic sequential
 * specification, and a select chooses among ready cases at random.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChanNonBlockingLincheckTest {
    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2})
    void modelChecking(int capacity) {
        new ModelCheckingOptions()
                .iterations(5)
                .invocationsPerIteration(Budget.invocations() / 2)
                .threads(3)
                .actorsPerThread(2)
                .actorsBefore(2)
                .actorsAfter(1)
                .sequentialSpecification(SequentialChan.ofCapacity(capacity))
                .check(ModelChanOps.ofCapacity(capacity));
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2})
    void stress(int capacity) {
        new StressOptions()
                .iterations(5)
                .invocationsPerIteration(Budget.invocations() * 10)
                .threads(3)
                .actorsPerThread(3)
                .actorsBefore(2)
                .actorsAfter(1)
                .sequentialSpecification(SequentialChan.ofCapacity(capacity))
                .check(ModelChanOps.ofCapacity(capacity));
    }

    /**
     * The operations Lincheck calls on one model channel. Lincheck makes one instance per
     * scenario with the no-argument constructor, hence one small subclass per capacity.
     */
    @Param(name = "value", gen = IntGen.class, conf = "1:9")
    public abstract static class ModelChanOps {
        private final GoChan chan;

        ModelChanOps(int capacity) {
            chan = ModelChans.INSTANCE.make(capacity);
        }

        static Class<? extends ModelChanOps> ofCapacity(int capacity) {
            return List.of(Cap0.class, Cap1.class, Cap2.class).get(capacity);
        }

        private String apply(ChanOp op) {
            return op.describe(op.run(ModelChans.INSTANCE, new GoChan[] {chan}));
        }

        @Operation
        public String trySend(@Param(name = "value") int v) {
            return apply(new ChanOp.TrySend(0, v));
        }

        @Operation
        public String tryRecv() {
            return apply(new ChanOp.TryRecv(0));
        }

        @Operation
        public String close() {
            return apply(new ChanOp.Close(0));
        }

        @Operation
        public String len() {
            return apply(new ChanOp.Len(0));
        }

        /** Capacity 0. */
        public static final class Cap0 extends ModelChanOps {
            public Cap0() {
                super(0);
            }
        }

        /** Capacity 1. */
        public static final class Cap1 extends ModelChanOps {
            public Cap1() {
                super(1);
            }
        }

        /** Capacity 2. */
        public static final class Cap2 extends ModelChanOps {
            public Cap2() {
                super(2);
            }
        }
    }

    /**
     * The sequential specification Lincheck compares with: the same operations on
     * {@link ChanSpec}, where each of them has exactly one outcome.
     */
    public abstract static class SequentialChan {
        private ChanSpec spec;

        SequentialChan(int capacity) {
            spec = new ChanSpec(1, capacity);
        }

        static Class<? extends SequentialChan> ofCapacity(int capacity) {
            return List.of(Cap0.class, Cap1.class, Cap2.class).get(capacity);
        }

        private String apply(ChanOp op) {
            List<ChanSpec.Step> steps = spec.solo(op);
            if (steps.size() != 1) {
                throw new IllegalStateException(op + " has " + steps.size() + " outcomes");
            }
            spec = steps.getFirst().after();
            return steps.getFirst().result();
        }

        public String trySend(int v) {
            return apply(new ChanOp.TrySend(0, v));
        }

        public String tryRecv() {
            return apply(new ChanOp.TryRecv(0));
        }

        public String close() {
            return apply(new ChanOp.Close(0));
        }

        public String len() {
            return apply(new ChanOp.Len(0));
        }

        /** Capacity 0. */
        public static final class Cap0 extends SequentialChan {
            public Cap0() {
                super(0);
            }
        }

        /** Capacity 1. */
        public static final class Cap1 extends SequentialChan {
            public Cap1() {
                super(1);
            }
        }

        /** Capacity 2. */
        public static final class Cap2 extends SequentialChan {
            public Cap2() {
                super(2);
            }
        }
    }
}
