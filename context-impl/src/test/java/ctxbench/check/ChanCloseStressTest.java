package ctxbench.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stress of the model's channel ({@link ChanStress}): producers and consumers with selects mixed
 * in, for capacities 0, 1 and 16, on virtual and platform threads, the channels closed while
 * producers still send. Each configuration runs for {@link Budget#stress()} (1 s in CI).
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChanCloseStressTest {
    /** Safety net: far longer than a correct release after close takes. */
    static final Duration HANG_TIMEOUT = Duration.ofSeconds(20);

    static Stream<Arguments> capacitiesAndThreadKinds() {
        return Stream.of(0, 1, 16).flatMap(cap -> Stream.of(Arguments.of(cap, true), Arguments.of(cap, false)));
    }

    @ParameterizedTest(name = "cap {0}, virtual threads {1}")
    @MethodSource("capacitiesAndThreadKinds")
    void noValueLostOrDuplicatedAndCloseReleasesEveryone(int capacity, boolean virtual) {
        long received = new ChanStress(ModelChans.INSTANCE, capacity, virtual, HANG_TIMEOUT).run(Budget.stress());
        assertTrue(received > 0, "the stress rounds moved no value");
    }
}
