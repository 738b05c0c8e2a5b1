package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "Model-default parameters" rule: which Java row stands beside a Go row, and with which params. */
class ModelDefaultsTest {

    @Test
    void theModelsValuesOfTheJavaOnlyParametersAreDropped() {
        assertEquals(Optional.of("variant=after"), ModelDefaults.goParams("queue=go-heap;sched=go;variant=after"));
        assertEquals(Optional.of("cap=0"), ModelDefaults.goParams("cap=0;impl=model;sched=go"));
        assertEquals(Optional.of("cases=2"), ModelDefaults.goParams("cases=2;sched=go"));
        assertEquals(Optional.of("concurrency=40"), ModelDefaults.goParams("concurrency=40"), "no Java-only parameter");
        assertEquals(Optional.of(""), ModelDefaults.goParams(""));
    }

    @Test
    void anyOtherValueHasNoGoCounterpart() {
        assertEquals(Optional.empty(), ModelDefaults.goParams("queue=jdk;sched=go;variant=after"));
        assertEquals(Optional.empty(), ModelDefaults.goParams("queue=go-heap;sched=vt;variant=after"));
        assertEquals(Optional.empty(), ModelDefaults.goParams("cap=0;impl=jox;threads=virtual"));
    }

    /** threads (platform or virtual JVM peers) models no Go runtime: even the model on virtual threads is a JVM comparison row. */
    @Test
    void threadsNeverStandsBesideGo() {
        assertEquals(Optional.empty(), ModelDefaults.goParams("cap=0;impl=model;threads=virtual"));
        assertEquals(Optional.empty(), ModelDefaults.goParams("threads=platform"));
    }
}
