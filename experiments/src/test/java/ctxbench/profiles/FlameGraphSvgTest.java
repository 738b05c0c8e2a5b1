package ctxbench.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The flame graph's boxes, their widths, order, colours and labels, and that the SVG is valid and reproducible. */
class FlameGraphSvgTest {
    private static final Function<String, Category> ALL_OTHER = f -> Category.OTHER;

    /** One drawn box: its tooltip, geometry, colour and label ("" when none). */
    private record Box(String title, double x, double y, double width, String fill, String label) {
        String name() {
            return title.substring(0, title.lastIndexOf(" ("));
        }
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Box> boxes(String svg) throws Exception {
        NodeList groups = parse(svg).getElementsByTagName("g");
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.getAttribute("class").equals("frame")) continue;
            Element rect = (Element) g.getElementsByTagName("rect").item(0);
            NodeList text = g.getElementsByTagName("text");
            boxes.add(new Box(g.getElementsByTagName("title").item(0).getTextContent(),
                    Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                    Double.parseDouble(rect.getAttribute("width")), rect.getAttribute("fill"),
                    text.getLength() == 0 ? "" : text.item(0).getTextContent()));
        }
        return boxes;
    }

    private static Stacks stacks(Object... framesAndWeights) {
        Stacks.Builder b = Stacks.builder();
        for (int i = 0; i < framesAndWeights.length; i += 2) {
            b.add(List.of(((String) framesAndWeights[i]).split(";")), ((Number) framesAndWeights[i + 1]).longValue());
        }
        return b.build();
    }

    @Test
    void stacksAreMergedByPrefixAndEachBoxIsAsWideAsItsWeight() throws Exception {
        List<Box> boxes = boxes(FlameGraphSvg.render(stacks("a;b", 3, "a;c", 1), "t", "ns", ALL_OTHER));
        assertEquals(List.of("all (4 ns, 100.00%)", "a (4 ns, 100.00%)", "b (3 ns, 75.00%)", "c (1 ns, 25.00%)"),
                boxes.stream().map(Box::title).toList());
        Box all = boxes.get(0);
        Box a = boxes.get(1);
        Box b = boxes.get(2);
        Box c = boxes.get(3);
        assertEquals(List.of(10.0, 1180.0), List.of(all.x(), all.width()));
        assertEquals(List.of(10.0, 1180.0), List.of(a.x(), a.width()));
        assertEquals(List.of(10.0, 885.0), List.of(b.x(), b.width()));
        assertEquals(List.of(895.0, 295.0), List.of(c.x(), c.width()));
        assertTrue(all.y() > a.y() && a.y() > b.y() && b.y() == c.y(), "root at the bottom, callees above their callers");
        assertEquals(16.0, a.y() - b.y());
    }

    @Test
    void childrenAreSortedByNameWhateverTheInputOrder() throws Exception {
        List<Box> boxes = boxes(FlameGraphSvg.render(stacks("r;zeta", 1, "r;alpha", 1, "r;mu", 1), "t", "ns", ALL_OTHER));
        assertEquals(List.of("all", "r", "alpha", "mu", "zeta"), boxes.stream().map(Box::name).toList());
        assertTrue(boxes.get(2).x() < boxes.get(3).x() && boxes.get(3).x() < boxes.get(4).x());
    }

    @Test
    void aBoxHasTheColourOfItsFramesOwnCategoryAndTheRootIsOther() throws Exception {
        List<String> asked = new ArrayList<>();
        Map<String, Category> categories = Map.of("timer", Category.TIMER, "chan", Category.CHANNEL);
        Function<String, Category> frameCategory = f -> {
            asked.add(f);
            return categories.getOrDefault(f, Category.OTHER);
        };
        String svg = FlameGraphSvg.render(stacks("main;timer", 2, "main;chan", 1, "x;timer", 1), "t", "ns", frameCategory);
        List<Box> boxes = boxes(svg);
        for (Box b : boxes) {
            Category expected = b.name().equals("all") ? Category.OTHER : frameCategory.apply(b.name());
            assertEquals(CategoryColors.hex(expected), b.fill(), b.name());
        }
        assertEquals(List.of("main", "chan", "timer", "x"), asked.subList(0, 4), "each frame name asked once, the root never");
        for (Category c : Category.values()) {
            assertTrue(svg.contains(">" + c.label() + "</text>") && svg.contains("fill=\"" + CategoryColors.hex(c) + "\""),
                    "legend entry " + c);
        }
    }

    @Test
    void markupInFrameNamesAndTitleIsEscaped() throws Exception {
        String svg = FlameGraphSvg.render(stacks("G$$Lambda.0x0000000077063c28.run;Continuation::freeze<Config&>;byte[]_[k];say \"hi\" 'there'", 1),
                "a < b & c", "B", ALL_OTHER);
        List<String> names = boxes(svg).stream().map(Box::name).toList();
        assertEquals(List.of("all", "G$$Lambda.0x0000000077063c28.run", "Continuation::freeze<Config&>", "byte[]_[k]", "say \"hi\" 'there'"),
                names);
        assertTrue(parse(svg).getDocumentElement().getTextContent().contains("a < b & c"));
        assertEquals("x\uFFFDy", FlameGraphSvg.xml("x\u0001y"), "a character XML cannot hold");
    }

    @Test
    void labelsAreShortenedToFitTheirBoxOrLeftOut() throws Exception {
        double charWidth = FlameGraphSvg.LABEL_CHAR_WIDTH;
        assertEquals("abcdefghij", FlameGraphSvg.label("abcdefghij", 6 + 10 * charWidth));
        assertEquals("abcdefg..", FlameGraphSvg.label("abcdefghij", 6 + 9 * charWidth));
        assertEquals("a..", FlameGraphSvg.label("abcdefghij", 6 + 3 * charWidth));
        assertEquals("", FlameGraphSvg.label("abcdefghij", 6 + 2.9 * charWidth));
        String wide = "w".repeat(200);
        List<Box> boxes = boxes(FlameGraphSvg.render(stacks(wide, 99, "narrow", 1), "t", "ns", ALL_OTHER));
        Box w = boxes.get(2);
        assertEquals(wide, w.name());
        assertTrue(w.label().endsWith("..") && w.label().length() * charWidth <= w.width() - 6, w.label());
        assertEquals("", boxes.get(1).label(), "a 12 px box cannot hold 'narrow'");
    }

    @Test
    void framesUnderATenthOfAPercentAreLeftOutButStillWidenTheirCaller() throws Exception {
        List<Box> boxes = boxes(FlameGraphSvg.render(stacks("a;big", 1999, "a;tiny;deeper", 1), "t", "ns", ALL_OTHER));
        assertEquals(List.of("all", "a", "big"), boxes.stream().map(Box::name).toList());
        assertEquals(1180.0, boxes.get(1).width());
        assertEquals(1179.41, boxes.get(2).width());
        assertEquals(List.of("all", "a", "big", "tiny"),
                boxes(FlameGraphSvg.render(stacks("a;big", 999, "a;tiny", 1), "t", "ns", ALL_OTHER)).stream().map(Box::name).toList(),
                "exactly 0.1% is drawn");
    }

    @Test
    void theSameProfileGivesTheSameBytes() {
        Stacks one = stacks("m;s;a", 5, "m;s;b", 7, "m;c", 2, "g;x", 1);
        Stacks other = stacks("g;x", 1, "m;c", 1, "m;s;b", 7, "m;c", 1, "m;s;a", 5);
        String svg = FlameGraphSvg.render(one, "t", "samples", ALL_OTHER);
        assertEquals(svg, FlameGraphSvg.render(one, "t", "samples", ALL_OTHER));
        assertEquals(svg, FlameGraphSvg.render(other, "t", "samples", ALL_OTHER));
    }

    @Test
    void aProfileWithoutSamplesSaysSo() throws Exception {
        for (Stacks empty : List.of(Stacks.builder().build(), stacks("a;b", 0))) {
            String svg = FlameGraphSvg.render(empty, "nothing here", "ns", ALL_OTHER);
            Document doc = parse(svg);
            assertEquals("svg", doc.getDocumentElement().getTagName());
            assertTrue(doc.getDocumentElement().getTextContent().contains("no samples"));
            assertTrue(boxes(svg).isEmpty());
            assertFalse(svg.contains("NaN"));
        }
    }
}
