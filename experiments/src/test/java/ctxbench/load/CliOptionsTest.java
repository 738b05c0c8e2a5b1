package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ctxbench.cli.BadInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CliOptions}: durations, lists, whole numbers. */
class CliOptionsTest {
    @Test
    void durationsTakeMillisecondsSecondsMinutesOrPlainSeconds() throws BadInputException {
        assertEquals(Duration.ofMillis(500), CliOptions.duration("--d", "500ms", null, false));
        assertEquals(Duration.ofSeconds(3), CliOptions.duration("--d", "3s", null, false));
        assertEquals(Duration.ofMillis(1500), CliOptions.duration("--d", "1.5s", null, false));
        assertEquals(Duration.ofMinutes(2), CliOptions.duration("--d", "2m", null, false));
        assertEquals(Duration.ofSeconds(10), CliOptions.duration("--d", "10", null, false));
        assertEquals(Duration.ZERO, CliOptions.duration("--d", "0s", null, true));
        assertEquals(Duration.ofSeconds(7), CliOptions.duration("--d", null, Duration.ofSeconds(7), false));
        assertEquals("3000ms", CliOptions.format(Duration.ofSeconds(3)));
    }

    @Test
    void listsKeepOrderAndDropRepeats() throws BadInputException {
        assertEquals(List.of("b", "a"), CliOptions.names("--list", "b,a,b", null, List.of("a", "b", "c")));
        BadInputException e = assertThrows(BadInputException.class, () -> CliOptions.names("--list", "a,,b", null, List.of("a", "b")));
        assertEquals("--list: unknown '' (known: a, b)", e.getMessage());
        e = assertThrows(BadInputException.class, () -> CliOptions.single("--one", "a,b", List.of("a", "b")));
        assertEquals("--one takes one of a, b", e.getMessage());
    }

    @Test
    void wholeNumbersHaveALowerBound() throws BadInputException {
        assertEquals(5, CliOptions.whole("--n", "5", 0, 1));
        BadInputException e = assertThrows(BadInputException.class, () -> CliOptions.whole("--n", "0", 0, 1));
        assertEquals("--n must be a whole number of at least 1, not '0'", e.getMessage());
    }
}
