package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CliOptions}: durations, lists, and values that start with {@code --}. */
class CliOptionsTest {
    private static CliOptions parse(String... args) throws UsageException {
        return CliOptions.parse(args, 0, Set.of("d", "list", "args", "n"));
    }

    @Test
    void durationsTakeMillisecondsSecondsMinutesOrPlainSeconds() throws UsageException {
        assertEquals(Duration.ofMillis(500), parse("--d", "500ms").duration("d", null, false));
        assertEquals(Duration.ofSeconds(3), parse("--d", "3s").duration("d", null, false));
        assertEquals(Duration.ofMillis(1500), parse("--d", "1.5s").duration("d", null, false));
        assertEquals(Duration.ofMinutes(2), parse("--d", "2m").duration("d", null, false));
        assertEquals(Duration.ofSeconds(10), parse("--d", "10").duration("d", null, false));
        assertEquals(Duration.ZERO, parse("--d", "0s").duration("d", null, true));
        assertEquals(Duration.ofSeconds(7), parse().duration("d", Duration.ofSeconds(7), false));
        assertEquals("3000ms", CliOptions.format(Duration.ofSeconds(3)));
    }

    @Test
    void listsKeepOrderAndDropRepeats() throws UsageException {
        assertEquals(List.of("b", "a"), parse("--list", "b,a,b").names("list", null, List.of("a", "b", "c")));
        UsageException e = assertThrows(UsageException.class, () -> parse("--list", "a,,b").names("list", null, List.of("a", "b")));
        assertEquals("--list: unknown '' (known: a, b)", e.getMessage());
    }

    @Test
    void aValueMayStartWithDashesUnlessItIsAnOptionName() throws UsageException {
        assertEquals("--profile smoke --rate 5", parse("--args", "--profile smoke --rate 5").text("args", null));
        UsageException e = assertThrows(UsageException.class, () -> parse("--args", "--n", "3"));
        assertEquals("--args needs a value", e.getMessage());
    }

    @Test
    void wholeNumbersHaveALowerBound() throws UsageException {
        assertEquals(5, parse("--n", "5").whole("n", 0, 1));
        UsageException e = assertThrows(UsageException.class, () -> parse("--n", "0").whole("n", 0, 1));
        assertEquals("--n must be a whole number of at least 1, not '0'", e.getMessage());
    }
}
