package ctxbench.profiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A profile drawn as a static flame graph in SVG, in Brendan Gregg's layout: the root at the
 * bottom (a box {@value #ROOT} holding the whole profile, as in flamegraph.pl), callees stacked on
 * their callers, each box as wide as its frame's total weight (its own and its callees'). Equal
 * prefixes of stacks are merged into one box; the children of a box are sorted by name, so the
 * x axis is alphabetical, not time. A box's colour is its frame's own {@link Category}
 * ({@link CategoryColors}), shown in a legend under the title; its label is the frame name,
 * shortened with {@code ..} to fit (none when fewer than three characters fit); hovering shows
 * the name, weight and share. Boxes under 0.1% of the total are left out (their weight still
 * widens their caller).
 *
 * <p>The document needs no script and no external file; the same profile gives the same bytes.
 */
public final class FlameGraphSvg {
    /** The name of the box at the bottom, the whole profile. */
    public static final String ROOT = "all";
    /** The image's width, px. */
    static final int WIDTH = 1200;
    /** The space left and right of the boxes, px. */
    static final int SIDE_MARGIN = 10;
    /** The width the root box spans, px. */
    static final double PLOT_WIDTH = WIDTH - 2 * SIDE_MARGIN;
    /** The height of one stack level, px (boxes are one pixel less, so levels stay apart). */
    static final int FRAME_HEIGHT = 16;
    /** The smallest share of the total a box needs to be drawn. */
    static final double MIN_SHARE = 0.001;
    /** The advance of one character of the labels' monospace font at 12 px (DejaVu Sans Mono: 7.22 px). */
    static final double LABEL_CHAR_WIDTH = 7.3;
    private static final double LEGEND_CHAR_WIDTH = 7.5;
    private static final int TITLE_Y = 24;
    private static final int SUBTITLE_Y = 44;
    private static final int LEGEND_Y = 56;
    private static final int FRAMES_TOP = 80;
    private static final int BOTTOM_MARGIN = 10;
    private static final String STYLE = """
            <style>
            text { font-family: "DejaVu Sans", Verdana, sans-serif; font-size: 12px; fill: #000000; }
            .title { font-size: 17px; font-weight: bold; }
            .frame rect { stroke: #ffffff; stroke-width: 0.5; }
            .frame text { font-family: "DejaVu Sans Mono", monospace; }
            </style>
            """;

    private FlameGraphSvg() {
    }

    /**
     * The flame graph of {@code stacks} as an SVG document.
     *
     * @param stacks        the profile
     * @param title         the text at the top
     * @param unit          the unit of the weights, in tooltips and the subtitle: {@code samples}, {@code ns}, {@code B}
     * @param frameCategory a frame's own category, which colours its box
     *                      (e.g. {@code f -> Categories.ofFrame(f, "cpu")}); not asked about {@value #ROOT}, drawn as {@link Category#OTHER}
     */
    public static String render(Stacks stacks, String title, String unit, Function<String, Category> frameCategory) {
        Node root = tree(stacks);
        List<Box> boxes = new ArrayList<>();
        if (root.weight > 0) layout(root, 0, SIDE_MARGIN, PLOT_WIDTH / root.weight, root.weight * MIN_SHARE, boxes);
        int levels = 1 + boxes.stream().mapToInt(Box::level).max().orElse(0);
        int height = FRAMES_TOP + levels * FRAME_HEIGHT + BOTTOM_MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\">\n").append(STYLE)
                .append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        text(svg, "title", WIDTH / 2.0, TITLE_Y, "middle", title);
        if (boxes.isEmpty()) {
            text(svg, null, WIDTH / 2.0, FRAMES_TOP + FRAME_HEIGHT - 4, "middle", "no samples");
        } else {
            text(svg, null, WIDTH / 2.0, SUBTITLE_Y, "middle", String.format(Locale.ROOT,
                    "%,d %s in total; width = share of the total; colour = the frame's category; frames under %.1f%% left out",
                    root.weight, unit, MIN_SHARE * 100));
            legend(svg);
            Map<String, String> fills = new HashMap<>();
            for (Box b : boxes) {
                String fill = b.level() == 0 ? CategoryColors.hex(Category.OTHER)
                        : fills.computeIfAbsent(b.name(), name -> CategoryColors.hex(frameCategory.apply(name)));
                box(svg, b, FRAMES_TOP + (levels - 1 - b.level()) * FRAME_HEIGHT, fill, unit, root.weight);
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** A frame with the weight of every stack through it, and its callees by name. */
    private static final class Node {
        final String name;
        long weight;
        final TreeMap<String, Node> children = new TreeMap<>();

        Node(String name) {
            this.name = name;
        }
    }

    /** A box to draw: its frame, stack level (0 = the root), left edge and width in px, and weight. */
    private record Box(String name, int level, double x, double width, long weight) {
    }

    private static Node tree(Stacks stacks) {
        Node root = new Node(ROOT);
        stacks.forEach((frames, weight) -> {
            root.weight += weight;
            Node node = root;
            for (String frame : frames) {
                node = node.children.computeIfAbsent(frame, Node::new);
                node.weight += weight;
            }
        });
        return root;
    }

    /** Adds the box of {@code node} and, left-aligned on it in name order, those of its callees of at least {@code minWeight}. */
    private static void layout(Node node, int level, double x, double pxPerUnit, double minWeight, List<Box> out) {
        out.add(new Box(node.name, level, x, node.weight * pxPerUnit, node.weight));
        double childX = x;
        for (Node child : node.children.values()) {
            if (child.weight >= minWeight) layout(child, level + 1, childX, pxPerUnit, minWeight, out);
            childX += child.weight * pxPerUnit;
        }
    }

    private static void legend(StringBuilder svg) {
        double x = SIDE_MARGIN;
        svg.append("<g class=\"legend\">\n");
        for (Category c : Category.values()) {
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(LEGEND_Y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(CategoryColors.hex(c)).append("\"/>\n");
            text(svg, null, x + 16, LEGEND_Y + 11, null, c.label());
            x += 16 + c.label().length() * LEGEND_CHAR_WIDTH + 18;
        }
        svg.append("</g>\n");
    }

    private static void box(StringBuilder svg, Box b, int y, String fill, String unit, long total) {
        svg.append("<g class=\"frame\"><title>").append(xml(String.format(Locale.ROOT, "%s (%,d %s, %.2f%%)",
                        b.name(), b.weight(), unit, 100.0 * b.weight() / total)))
                .append("</title><rect x=\"").append(number(b.x())).append("\" y=\"").append(y)
                .append("\" width=\"").append(number(b.width())).append("\" height=\"").append(FRAME_HEIGHT - 1)
                .append("\" fill=\"").append(fill).append("\"/>");
        String label = label(b.name(), b.width());
        if (!label.isEmpty()) {
            svg.append("<text x=\"").append(number(b.x() + 3)).append("\" y=\"").append(y + FRAME_HEIGHT - 5).append("\">")
                    .append(xml(label)).append("</text>");
        }
        svg.append("</g>\n");
    }

    /** The frame name as far as it fits in a box {@code width} px wide: whole, shortened with {@code ..}, or empty. */
    static String label(String name, double width) {
        int fit = (int) ((width - 6) / LABEL_CHAR_WIDTH);
        if (name.length() <= fit) return name;
        return fit < 3 ? "" : name.substring(0, fit - 2) + "..";
    }

    private static void text(StringBuilder svg, String cssClass, double x, int y, String anchor, String content) {
        svg.append("<text");
        if (cssClass != null) svg.append(" class=\"").append(cssClass).append('"');
        svg.append(" x=\"").append(number(x)).append("\" y=\"").append(y).append('"');
        if (anchor != null) svg.append(" text-anchor=\"").append(anchor).append('"');
        svg.append('>').append(xml(content)).append("</text>\n");
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /** {@code s} as XML character data or attribute value: markup characters escaped, characters XML cannot hold replaced by U+FFFD. */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
