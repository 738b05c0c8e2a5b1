package ctxbench.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of categories.csv, reading it back, and every check on reading. */
class CategoryCsvTest {
    private static final String HEADER = "side,variant,profile,category,weight,share\n";

    @Test
    void formatsTheRowsInTheirOrder() {
        List<CategoryShare> rows = List.of(
                new CategoryShare("go", "after", "cpu", Category.ALLOC_GC, 580_000_000, 580 / 1230.0),
                new CategoryShare("model", "before-leaky", "alloc", Category.TIMER, 225, 0.25),
                new CategoryShare("go", "timer-stop", "cpu", Category.OTHER, 0, 0),
                new CategoryShare("model", "before-cancel", "cpu", Category.CONTEXT, 1, 1));
        assertEquals(HEADER
                + "go,after,cpu,alloc-gc,580000000,0.471545\n"
                + "model,before-leaky,alloc,timer,225,0.250000\n"
                + "go,timer-stop,cpu,other,0,0.000000\n"
                + "model,before-cancel,cpu,context,1,1.000000\n", CategoryCsv.format(rows));
        assertEquals(HEADER, CategoryCsv.format(List.of()));
    }

    @Test
    void readsWhatItWrites() throws ProfileFormatException {
        List<CategoryShare> rows = Categories.shares("go", "after", "cpu",
                Fixtures.traces("go-after-cpu-traces.txt").stacks());
        List<CategoryShare> read = CategoryCsv.parse(CategoryCsv.format(rows), "categories.csv");
        assertEquals(rows.size(), read.size());
        for (int i = 0; i < rows.size(); i++) {
            CategoryShare w = rows.get(i);
            CategoryShare r = read.get(i);
            assertEquals(List.of(w.side(), w.variant(), w.profile(), w.category(), w.weight()),
                    List.of(r.side(), r.variant(), r.profile(), r.category(), r.weight()));
            assertEquals(w.share(), r.share(), 0.5e-6);
        }
        assertEquals(List.of(new CategoryShare("model", "after", "alloc", Category.GOROUTINE, 3, 0.123457)),
                CategoryCsv.parse(HEADER + "model,after,alloc,goroutine,3,0.123457\n", "c.csv"));
    }

    @Test
    void acceptsCrlfBlankLinesAndShortDecimals() throws ProfileFormatException {
        assertEquals(List.of(new CategoryShare("go", "after", "cpu", Category.SCHEDULER, 30, 1),
                        new CategoryShare("go", "after", "cpu", Category.TIMER, 0, 0)),
                CategoryCsv.parse("side,variant,profile,category,weight,share\r\n\r\n"
                        + "go,after,cpu,scheduler,30,1\r\ngo,after,cpu,timer,0,0.0\r\n", "c.csv"));
    }

    @Test
    void everyCheckNamesTheFileAndLine() {
        assertError("c.csv:1: expected the header 'side,variant,profile,category,weight,share' but found ''", "");
        assertError("c.csv:1: expected the header 'side,variant,profile,category,weight,share'"
                + " but found 'side,variant,profile,category,weight'", "side,variant,profile,category,weight\n");
        assertError("c.csv:3: expected 6 fields but found 5", HEADER + "go,after,cpu,timer,1,0.5\ngo,after,cpu,timer,1\n");
        assertError("c.csv:2: expected 6 fields but found 7", HEADER + "go,after,x,cpu,timer,1,0.5\n");
        assertError("c.csv:2: side 'java' is not go or model", HEADER + "java,after,cpu,timer,1,0.5\n");
        assertError("c.csv:2: empty variant", HEADER + "go,,cpu,timer,1,0.5\n");
        assertError("c.csv:2: profile 'wall' is not cpu or alloc", HEADER + "go,after,wall,timer,1,0.5\n");
        assertError("c.csv:2: unknown category 'gc'", HEADER + "go,after,cpu,gc,1,0.5\n");
        assertError("c.csv:2: unknown category 'ALLOC_GC'", HEADER + "go,after,cpu,ALLOC_GC,1,0.5\n");
        assertError("c.csv:2: weight '-1' is not a whole number ≥ 0 (at most 18 digits)",
                HEADER + "go,after,cpu,timer,-1,0.5\n");
        assertError("c.csv:2: weight '1.5' is not a whole number ≥ 0 (at most 18 digits)",
                HEADER + "go,after,cpu,timer,1.5,0.5\n");
        assertError("c.csv:2: weight '1234567890123456789' is not a whole number ≥ 0 (at most 18 digits)",
                HEADER + "go,after,cpu,timer,1234567890123456789,0.5\n");
        assertError("c.csv:2: share '1.000001' is not a number in [0, 1]", HEADER + "go,after,cpu,timer,1,1.000001\n");
        assertError("c.csv:2: share '-0.1' is not a number in [0, 1]", HEADER + "go,after,cpu,timer,1,-0.1\n");
        assertError("c.csv:2: share 'NaN' is not a number in [0, 1]", HEADER + "go,after,cpu,timer,1,NaN\n");
        assertError("c.csv:2: share '' is not a number in [0, 1]", HEADER + "go,after,cpu,timer,1,\n");
        assertError("c.csv:4: a second row for go,after,cpu,timer (the first is on line 2)",
                HEADER + "go,after,cpu,timer,1,0.5\ngo,after,alloc,timer,1,0.5\ngo,after,cpu,timer,2,0.5\n");
    }

    @Test
    void formatRefusesRowsThatParseWouldReject() {
        for (CategoryShare bad : List.of(
                new CategoryShare("java", "after", "cpu", Category.TIMER, 1, 0.5),
                new CategoryShare("go", "", "cpu", Category.TIMER, 1, 0.5),
                new CategoryShare("go", "a,b", "cpu", Category.TIMER, 1, 0.5),
                new CategoryShare("go", "a\"b", "cpu", Category.TIMER, 1, 0.5),
                new CategoryShare("go", "a\nb", "cpu", Category.TIMER, 1, 0.5),
                new CategoryShare("go", "after", "wall", Category.TIMER, 1, 0.5),
                new CategoryShare("go", "after", "cpu", Category.TIMER, -1, 0.5),
                new CategoryShare("go", "after", "cpu", Category.TIMER, Long.MAX_VALUE, 0.5),
                new CategoryShare("go", "after", "cpu", Category.TIMER, 1, 1.5),
                new CategoryShare("go", "after", "cpu", Category.TIMER, 1, Double.NaN))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CategoryCsv.format(List.of(bad)));
            assertEquals("not a categories.csv row: " + bad, e.getMessage());
        }
        CategoryShare row = new CategoryShare("go", "after", "cpu", Category.TIMER, 1, 0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CategoryCsv.format(List.of(row, row)));
        assertEquals("a second row for go,after,cpu,timer", e.getMessage());
    }

    private static void assertError(String message, String text) {
        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> CategoryCsv.parse(text, "c.csv"));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
