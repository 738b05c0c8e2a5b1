package ctxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table regions' Markdown: padded columns, numbers right-aligned, notes, the empty case. */
class MarkdownTableTest {
    @Test
    void rendersPaddedColumnsNumbersRightAlignedAndNotes() {
        String t = new MarkdownTable(List.of("variant", "time", "what"))
                .row(List.of("after", "1.2 µs", "a|b"))
                .row(List.of("before-leaky", Fmt.NONE, "x"))
                .note("first").note("second").note("first")
                .render();
        assertEquals("""

                | variant      |   time | what |
                | ------------ | -----: | ---- |
                | after        | 1.2 µs | a\\|b |
                | before-leaky |      – | x    |

                first \s
                second

                """, t);
    }

    @Test
    void anEmptyTableSaysWhy() {
        assertEquals("\n*no rows of X*\n\n", new MarkdownTable(List.of("a")).whenEmpty("*no rows of X*").render());
    }

    @Test
    void aRowMustFitTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new MarkdownTable(List.of("a", "b")).row(List.of("1")));
    }
}
