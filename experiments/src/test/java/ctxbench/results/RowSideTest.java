package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which rows each side of {@code compare.sh --sources A,B} takes, and what it strips them to. */
class RowSideTest {
    private static Optional<String> on(String side, String source, String params) {
        return RowSide.named(side).orElseThrow().pairedParams(source, params);
    }

    @Test
    void theModelSidesTakeModelDefaultRowsOfTheirTimerSemantics() {
        assertEquals(Optional.of("variant=after"), on("java", "java", "queue=go-heap;sched=go;variant=after"));
        assertEquals(Optional.of("variant=after"), on("java", "java", "queue=go-heap;sched=go;timers=go1.19;variant=after"));
        assertEquals(Optional.empty(), on("java", "java", "queue=go-heap;sched=go;timers=go1.23;variant=after"));
        assertEquals(Optional.empty(), on("java", "java", "queue=jdk;sched=go;variant=after"));
        assertEquals(Optional.of("variant=after"), on("java-go1.23", "java", "queue=go-heap;sched=go;timers=go1.23;variant=after"));
        assertEquals(Optional.empty(), on("java-go1.23", "java", "queue=go-heap;sched=go;variant=after"));
        assertEquals(Optional.empty(), on("java", "go", "variant=after"));
    }

    @Test
    void theGoSidesTakeTheRowsOfTheirToolchainAndSemantics() {
        assertEquals(Optional.of("variant=after"), on("go", "go", "variant=after"));
        assertEquals(Optional.of("variant=after"), on("go1.19", "go", "variant=after"));
        assertEquals(Optional.of("variant=after"), on("go1.19", "go", "go=1.19;timers=go1.19;variant=after"));
        assertEquals(Optional.empty(), on("go", "go", "go=1.23;timers=go1.19;variant=after"));
        assertEquals(Optional.of("variant=after"), on("go1.21", "go", "go=1.21;timers=go1.19;variant=after"));
        assertEquals(Optional.of("variant=after"), on("go1.23", "go", "go=1.23;timers=go1.19;variant=after"));
        assertEquals(Optional.empty(), on("go1.23", "go", "go=1.23;timers=go1.23;variant=after"));
        assertEquals(Optional.of("variant=after"), on("go1.23-new", "go", "go=1.23;timers=go1.23;variant=after"));
        assertEquals(Optional.empty(), on("go1.23-new", "java", "timers=go1.23;variant=after"));
    }

    @Test
    void theDefaultGoToolchainsRowsCarryNoLabel() {
        assertEquals("", GoToolchain.label("variant=after"));
        assertEquals("go=1.23;timers=go1.23", GoToolchain.label("go=1.23;timers=go1.23;variant=after"));
        assertEquals("go=1.23;timers=go1.23;variant=after", GoToolchain.withLabel("variant=after", "go=1.23;timers=go1.23"));
        assertEquals("variant=after", GoToolchain.withLabel("variant=after", ""));
        assertEquals(Optional.of("variant=after"), ModelDefaults.goParams("queue=go-heap;timers=go1.19;variant=after"));
        assertEquals(Optional.of("timers=go1.23;variant=after"), ModelDefaults.goParams("queue=go-heap;timers=go1.23;variant=after"));
    }

    @Test
    void timersGo119IsTheDefaultSemantics() {
        assertEquals("queue=go-heap;variant=after", GoToolchain.withoutDefaultTimers("queue=go-heap;timers=go1.19;variant=after"));
        assertEquals("queue=go-heap;timers=go1.23;variant=after", GoToolchain.withoutDefaultTimers("queue=go-heap;timers=go1.23;variant=after"));
        assertEquals("variant=after", GoToolchain.withoutDefaultTimers("variant=after"));
    }
}
