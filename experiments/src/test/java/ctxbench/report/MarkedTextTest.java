package ctxbench.report;

import ctxbench.cli.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Parsing REPORT.md into text and regions, regenerating them, and refusing broken markers with their line. */
class MarkedTextTest {
    private static final String DOC = """
            # Title
            Before <!-- ctxbench:num a.b -->old<!-- /ctxbench --> and <!-- ctxbench:text w -->x<!-- /ctxbench -->.

            <!-- ctxbench:table t-1 -->

            | old |
            |-----|

            <!-- /ctxbench -->
            tail ![c](x.png) <!-- ctxbench:chart c -->old<!-- /ctxbench -->
            """;

    @Test
    void findsEveryRegionWithKindNameAndLine() throws BadInputException {
        MarkedText m = MarkedText.parse(DOC, "R.md");
        assertEquals(List.of(new MarkedText.Marker(MarkedText.Kind.NUM, "a.b", 2), new MarkedText.Marker(MarkedText.Kind.TEXT, "w", 2),
                new MarkedText.Marker(MarkedText.Kind.TABLE, "t-1", 4), new MarkedText.Marker(MarkedText.Kind.CHART, "c", 10)), m.markers());
    }

    @Test
    void renderReplacesOnlyTheRegionsAndIsIdempotent() throws BadInputException {
        MarkedText.Generator g = marker -> marker.kind() == MarkedText.Kind.TABLE ? "\n| new |\n|---|\n\n" : marker.name().toUpperCase();
        String once = MarkedText.parse(DOC, "R.md").render(g);
        assertEquals("""
                # Title
                Before <!-- ctxbench:num a.b -->A.B<!-- /ctxbench --> and <!-- ctxbench:text w -->W<!-- /ctxbench -->.

                <!-- ctxbench:table t-1 -->

                | new |
                |---|

                <!-- /ctxbench -->
                tail ![c](x.png) <!-- ctxbench:chart c -->C<!-- /ctxbench -->
                """, once);
        assertEquals(once, MarkedText.parse(once, "R.md").render(g));
    }

    @Test
    void aTextWithoutMarkersRendersUnchanged() throws BadInputException {
        String text = "no markers <!-- a comment --> here\r\nsecond line";
        assertEquals(text, MarkedText.parse(text, "R.md").render(m -> "x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a\\n<!-- ctxbench:bogus x -->1<!-- /ctxbench -->                    | R.md:2: unknown marker kind 'bogus' (table, num, text, chart)",
        "<!--ctxbench:num x-->1<!-- /ctxbench -->                            | R.md:1: malformed marker '<!--ctxbench:num x-->' (expected <!-- ctxbench:KIND NAME --> or <!-- /ctxbench -->)",
        "<!-- ctxbench:num bad/name -->1<!-- /ctxbench -->                   | R.md:1: malformed marker '<!-- ctxbench:num bad/name -->' (expected <!-- ctxbench:KIND NAME --> or <!-- /ctxbench -->)",
        "x <!-- /ctxbench -->                                                | R.md:1: <!-- /ctxbench --> without an opening marker",
        "<!-- ctxbench:num a -->1\\n<!-- ctxbench:num b -->2<!-- /ctxbench --> | R.md:1: marker 'num a' is not closed before the marker on line 2",
        "\\n\\n<!-- ctxbench:table t -->\\nrow\\n                              | R.md:3: marker 'table t' is never closed",
        "<!-- ctxbench:num a -->1\\n2<!-- /ctxbench -->                       | R.md:1: num marker 'a' spans lines; only table regions may (is its <!-- /ctxbench --> missing?)",
    })
    void brokenMarkersAreRefusedWithTheirLine(String text, String message) {
        BadInputException e = assertThrows(BadInputException.class, () -> MarkedText.parse(text.strip().replace("\\n", "\n"), "R.md"));
        assertEquals(message.strip(), e.getMessage());
    }

    @Test
    void generatedContentMustFitItsKind() throws BadInputException {
        MarkedText m = MarkedText.parse("<!-- ctxbench:num a -->1<!-- /ctxbench -->\n<!-- ctxbench:table t -->\n<!-- /ctxbench -->", "R.md");
        BadInputException inline = assertThrows(BadInputException.class, () -> m.render(k -> "two\nlines"));
        assertEquals("R.md:1: generated num 'a' holds a line break", inline.getMessage());
        BadInputException table = assertThrows(BadInputException.class, () -> m.render(k -> k.kind() == MarkedText.Kind.TABLE ? "| x |" : "1"));
        assertEquals("R.md:2: generated table 't' does not end its last line", table.getMessage());
    }
}
