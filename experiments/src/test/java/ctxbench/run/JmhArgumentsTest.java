package ctxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ctxbench.cli.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code bench.sh}'s profile, {@code --suite} and the JMH options after {@code --} combine. */
class JmhArgumentsTest {

    private static final String CTXSW = "ctxbench.bench.prof.ContextSwitchProfiler";

    @Test
    void aProfileAloneGetsTheAllocationAndContextSwitchProfilers() throws BadInputException {
        assertEquals(List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "50ms", "-foe", "true", "-to", "60s",
                        "-jvmArgsAppend", "-Djmh.executor=VIRTUAL", "-prof", "gc", "-prof", CTXSW),
                JmhArguments.of(Profile.SMOKE, null, List.of()).arguments());
    }

    @Test
    void everyProfileGetsBothProfilersAsJmhParsesThem() throws BadInputException {
        for (Profile p : Profile.values()) {
            assertEquals(List.of("gc", CTXSW), JmhArguments.of(p, null, List.of()).options().getProfilers().stream()
                    .map(c -> c.getKlass()).toList(), p.id());
        }
    }

    @Test
    void optionsAfterTheDoubleDashReplaceTheProfilesAndTheSuiteComesFirstAmongIncludes() throws BadInputException {
        JmhArguments a = JmhArguments.of(Profile.QUICK, "seed", List.of("-f", "3", "-p", "queue=wheel", "timers"));
        assertEquals(List.of("-wi", "2", "-w", "300ms", "-i", "6", "-r", "200ms", "-to", "60s",
                "-p", "live=0,100000", "-p", "threads=virtual", "-jvmArgsAppend", "-Djmh.executor=VIRTUAL",
                "-f", "3", "-p", "queue=wheel", "-prof", "gc", "-prof", CTXSW, "seed", "timers"), a.arguments());
        assertEquals(3, a.options().getForkCount().get());
        assertEquals(List.of("wheel"), List.copyOf(a.options().getParameter("queue").get()));
        assertEquals(List.of("0", "100000"), List.copyOf(a.options().getParameter("live").get()));
    }

    @Test
    void theProfilersAreNotAddedTwice() throws BadInputException {
        List<String> arguments = JmhArguments.of(Profile.FULL, null, List.of("-prof", "gc:churn=true")).arguments();
        int prof = arguments.indexOf("-prof");
        assertEquals(List.of("-prof", "gc:churn=true", "-prof", CTXSW), arguments.subList(prof, prof + 4));
        assertEquals(2, JmhArguments.of(Profile.FULL, null, List.of("-prof", "gc:churn=true")).options().getProfilers().size());
        arguments = JmhArguments.of(Profile.FULL, null, List.of("-prof", CTXSW)).arguments();
        prof = arguments.indexOf("-prof");
        assertEquals(List.of("-prof", CTXSW, "-prof", "gc"), arguments.subList(prof, prof + 4));
        assertEquals(2, JmhArguments.of(Profile.FULL, null, List.of("-prof", CTXSW)).options().getProfilers().size());
    }

    @Test
    void resultFileListingAndHelpOptionsAreRefused() {
        for (String option : List.of("-rf", "-rff", "-o", "-l", "-lp", "-lprof", "-lrf", "-h")) {
            BadInputException e = assertThrows(BadInputException.class, () -> JmhArguments.of(Profile.QUICK, null, List.of(option, "x")));
            assertEquals("JMH option " + option + " is not allowed after -- (bench.sh writes jmh.json itself)", e.getMessage());
        }
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> JmhArguments.of(Profile.QUICK, null, List.of("-f")));
        assertEquals("JMH option -f needs a value", e.getMessage());
    }

    @Test
    void whatJmhRejectsIsReportedAsBadArguments() {
        BadInputException e = assertThrows(BadInputException.class, () -> JmhArguments.of(Profile.QUICK, null, List.of("-f", "many")));
        assertEquals("bad JMH arguments: Cannot parse argument 'many' of option f", e.getMessage());
        e = assertThrows(BadInputException.class, () -> JmhArguments.of(Profile.QUICK, null, List.of("-zz", "1")));
        assertEquals("bad JMH arguments: z is not a recognized option", e.getMessage());
    }

    @Test
    void aSuiteOrPatternThatIsNoRegexIsRefused() {
        BadInputException suite = assertThrows(BadInputException.class, () -> JmhArguments.of(Profile.QUICK, "(", List.of()));
        assertEquals("--suite '(' is not a valid regex: Unclosed group", suite.getMessage());
        BadInputException pattern = assertThrows(BadInputException.class, () -> JmhArguments.of(Profile.QUICK, "seed", List.of("timers[")));
        assertEquals("benchmark pattern 'timers[' is not a valid regex: Unclosed character class", pattern.getMessage());
    }

    @Test
    void profilesAreNamedInLowerCase() {
        assertEquals(Profile.FULL, Profile.of("full"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.of("FULL"));
        assertEquals("unknown profile 'FULL' (smoke, quick, full)", e.getMessage());
    }
}
