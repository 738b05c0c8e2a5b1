package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsTest {
    @Test
    void canonicalSortsByKey() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("variant", "after");
        p.put("queue", "go-heap");
        assertEquals("queue=go-heap;variant=after", Params.canonical(p));
        assertEquals("", Params.canonical(Map.of()));
    }

    @Test
    void parseIsTheInverse() {
        assertEquals(Map.of("queue", "go-heap", "variant", "after"), Params.parse("queue=go-heap;variant=after"));
        assertEquals(Map.of(), Params.parse(""));
        assertEquals(Map.of("cap", ""), Params.parse("cap="));
    }

    @Test
    void rejectsWhatTheFormatForbids() {
        assertThrows(IllegalArgumentException.class, () -> Params.canonical(Map.of("a", "1,2")));
        assertThrows(IllegalArgumentException.class, () -> Params.canonical(Map.of("a", "x;y")));
        assertThrows(IllegalArgumentException.class, () -> Params.canonical(Map.of("", "1")));
        assertThrows(IllegalArgumentException.class, () -> Params.parse("b=1;a=2"));
        assertThrows(IllegalArgumentException.class, () -> Params.parse("a=1;a=2"));
        assertThrows(IllegalArgumentException.class, () -> Params.parse("novalue"));
        assertThrows(IllegalArgumentException.class, () -> Params.parse("a=1=2"));
    }
}
