package ctxbench.check;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ctxbench.check.mutant.MutantChans;
import ctxbench.check.mutant.Mutation;
import java.time.Duration;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checkers catch real channel bugs: the same model checker ({@link ScenarioCheck} over all
 * of {@link ChanScenarios}) and the same stress harness ({@link ChanStress}) that pass on the
 * model must fail on {@link ctxbench.check.mutant.MutantChan}, a copy of the model's channel with
 * one bug seeded ({@link Mutation}), and pass on the unmutated copy (the control: the failures
 * come from the seeded bug, not from the copy). {@code ctxbench.check.mutant.MutantSourceTest}
 * keeps the copies equal to the model's classes outside their marked differences, so what is
 * checked here is the model's algorithm with one bug in it.
 *
 * <p>The model checker walks the scenarios in their fixed order and must report a failure of the
 * expected kind in one of them: Lincheck's deadlock report for the missed wake-up, the history
 * checker's verdict for the lost hand-off. The stress harness must report the hang or the lost
 * values; its hang timeout here is short because a mutant's parked receiver never wakes (for the
 * model the timeout is only a safety net).
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MutantDetectionTest {
    private static final Duration MUTANT_HANG_TIMEOUT = Duration.ofSeconds(3);

    @Test
    void modelCheckerReportsTheMissedWakeUpAsAHang() {
        assertModelCheckerCatches(Mutation.CLOSE_FORGETS_PARKED_RECEIVERS, "Concurrent test has hung");
    }

    @Test
    void modelCheckerReportsTheLostHandOffAsANonLinearizableHistory() {
        assertModelCheckerCatches(Mutation.LOST_HAND_OFF, "no sequential execution of Go's channel explains");
    }

    @Test
    void stressReportsTheMissedWakeUpAsAConsumerNeverReleased() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> mutantStress(Mutation.CLOSE_FORGETS_PARKED_RECEIVERS, 0));
        assertTrue(e.getMessage().contains("still blocked"), e.getMessage());
    }

    @Test
    void stressReportsTheLostHandOffAsLostValues() {
        AssertionError e = assertThrows(AssertionError.class, () -> mutantStress(Mutation.LOST_HAND_OFF, 1));
        assertTrue(e.getMessage().contains("values received differ"), e.getMessage());
    }

    @Test
    void stressPassesTheUnmutatedCopy() {
        mutantStress(Mutation.NONE, 1);
    }

    /**
     * Runs the model checker over the scenarios, in order, on the mutant until one fails; that
     * failure must carry {@code expected}, and the same scenario must pass on the unmutated copy.
     */
    private static void assertModelCheckerCatches(Mutation mutation, String expected) {
        int[] capacities = ChanModelCheckTest.CAPACITIES;
        for (Scenario s : ChanScenarios.all()) {
            try {
                ScenarioCheck.modelCheck(new MutantChans(mutation), s, capacities, Budget.invocations());
            } catch (LincheckAssertionError e) {
                assertTrue(e.getMessage().contains(expected), e.getMessage());
                ScenarioCheck.modelCheck(new MutantChans(Mutation.NONE), s, capacities, Budget.invocations());
                return;
            }
        }
        fail("the model checker found no bug in " + mutation);
    }

    private static void mutantStress(Mutation mutation, int capacity) {
        new ChanStress(new MutantChans(mutation), capacity, true, MUTANT_HANG_TIMEOUT).run(Budget.stress());
    }
}
