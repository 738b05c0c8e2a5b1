package ctxbench.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link NamedChart} into PNG and SVG bytes, deterministically: fixed size, fixed
 * rendering hints, ImageIO's PNG writer (no time chunk) and an SVG whose definition ids use a
 * fixed prefix instead of JFreeSVG's default, which is derived from the clock.
 */
final class ChartRenderer {
    /** The prefix of every id in the SVG's {@code defs}. */
    static final String SVG_ID_PREFIX = "ctxbench";

    private ChartRenderer() {
    }

    /** The chart as a PNG image. */
    static byte[] png(NamedChart c) throws IOException {
        BufferedImage image = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, c.width(), c.height());
            c.chart().draw(g, new Rectangle(c.width(), c.height()));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this JDK");
        return out.toByteArray();
    }

    /** The chart as an SVG document (UTF-8). */
    static byte[] svg(NamedChart c) {
        SVGGraphics2D g = new SVGGraphics2D(c.width(), c.height());
        g.setDefsKeyPrefix(SVG_ID_PREFIX);
        hints(g);
        c.chart().draw(g, new Rectangle(c.width(), c.height()));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
