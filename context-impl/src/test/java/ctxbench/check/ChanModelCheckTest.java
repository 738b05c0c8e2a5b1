package ctxbench.check;

import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model checking of the model's channel with blocking operations, close and select, for
 * capacities 0, 1 and 2: every interleaving Lincheck explores of every {@link ChanScenarios}
 * scenario must end (no missed wake-up) with a linearizable history ({@link ScenarioCheck}).
 *
 * <p>Why this and not Lincheck's data-structure mode for the blocking operations: that mode
 * verifies blocking only for Kotlin {@code suspend} operations (it recognises them by Kotlin
 * metadata) and reports any operation still parked at the end as a deadlock, while the model's
 * send and receive park a thread. So Lincheck explores the interleavings here and
 * {@link LinearizabilityChecker} verifies each history. Threads are platform threads: inside
 * Lincheck 3.7 on JDK 25 a virtual thread makes Lincheck fail with an internal
 * {@code NullPointerException} ("You've caught a bug in Lincheck"); virtual threads are covered
 * by the stress tests.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChanModelCheckTest {
    /** The capacities every scenario runs with: unbuffered, one slot, two slots. */
    static final int[] CAPACITIES = {0, 1, 2};

    static Stream<Scenario> scenarios() {
        return ChanScenarios.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyInterleavingEndsWithALinearizableHistory(Scenario scenario) {
        ScenarioCheck.modelCheck(ModelChans.INSTANCE, scenario, CAPACITIES, Budget.invocations());
    }
}
