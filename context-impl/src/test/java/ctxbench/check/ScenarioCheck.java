package ctxbench.check;

import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.util.AnalysisSectionsKt;

/**
 * The model checker for channel scenarios, shared by the test of the model and the test that it
 * catches the seeded bugs: Lincheck's general-purpose model checker
 * ({@link Lincheck#runConcurrentTest}) explores the interleavings of one {@link Scenario} run
 * (thread switches at every shared read and write, monitor, park and unpark), and in each
 * interleaving the run's {@link History} must satisfy {@link LinearizabilityChecker}.
 *
 * <p>Lincheck fails the run with a {@link org.jetbrains.lincheck.LincheckAssertionError} and the
 * interleaving that broke it, for three kinds of bug: a history no sequential execution explains
 * (a lost, duplicated, reordered or invented value, a wrong panic), a run in which threads stay
 * parked (a missed wake-up: Lincheck's deadlock detection), or an exception the harness did not
 * expect.
 *
 * <p>The verification runs in Lincheck's ignored section ({@code runInsideIgnoredSection}, from
 * Lincheck's util package): it is single-threaded bookkeeping, and analysed as test code it made
 * each interleaving several times slower. Cost: Lincheck instruments the classes once per JVM
 * (about 20 s on a loaded 2-core machine), then tens of milliseconds per interleaving.
 */
final class ScenarioCheck {
    private ScenarioCheck() {}

    /**
     * Model-checks {@code scenario} on {@code impl}, with channels of each of {@code capacities}
     * in turn within each explored run (one Lincheck run per scenario: each run costs Lincheck
     * some seconds of instrumentation on top of its interleavings); throws on a bug.
     */
    static void modelCheck(GoChan.Impl impl, Scenario scenario, int[] capacities, int invocations) {
        Lincheck.runConcurrentTest(invocations, () -> {
            for (int capacity : capacities) {
                Scenario.Run run = scenario.run(impl, capacity);
                String violation = AnalysisSectionsKt.runInsideIgnoredSection(() -> {
                    History h = run.history();
                    return LinearizabilityChecker.isLinearizable(h) ? null : h.toString();
                });
                if (violation != null) {
                    throw new AssertionError(impl.name() + ": \"" + scenario + "\" produced a history no sequential"
                            + " execution of Go's channel explains: " + violation);
                }
            }
        });
    }
}
