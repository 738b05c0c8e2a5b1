package ctxbench.charts;

import ctxbench.cli.BadInputException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.text.TextUtils;

/**
 * The one look of every ctxbench chart, chosen so that output is byte-for-byte reproducible:
 * DejaVu Sans everywhere (loaded from the system's font files if the JDK has not registered it),
 * flat bars without shadows or gradients, white background, a fixed palette assigned in order.
 */
final class ChartStyle {
    /** The font family of every text in every chart. */
    static final String FAMILY = "DejaVu Sans";
    private static final List<Path> FONT_FILES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
    /** Colour-blind-safe palette (Okabe-Ito), used in series order. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)};
    /** Line width of series in line charts. */
    static final BasicStroke LINE = new BasicStroke(2f);

    private ChartStyle() {
    }

    /**
     * Makes sure {@value #FAMILY} is available, sets JFreeChart's global bar defaults to flat and
     * has rotated text drawn as text.
     *
     * @throws BadInputException when the font is neither registered nor in the usual system folder
     */
    static void init() throws BadInputException {
        BarRenderer.setDefaultBarPainter(new StandardBarPainter());
        BarRenderer.setDefaultShadowsVisible(false);
        XYBarRenderer.setDefaultBarPainter(new StandardXYBarPainter());
        XYBarRenderer.setDefaultShadowsVisible(false);
        TextUtils.setUseDrawRotatedStringWorkaround(false); // rotated axis titles stay text in SVG, not outlines
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        if (Arrays.asList(env.getAvailableFontFamilyNames()).contains(FAMILY)) return;
        for (Path file : FONT_FILES) {
            if (!Files.isReadable(file)) {
                throw new BadInputException("font " + FAMILY + " is not installed (e.g. apt-get install fonts-dejavu-core)");
            }
            try {
                env.registerFont(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
            } catch (FontFormatException | IOException e) {
                throw new BadInputException("cannot load font " + file + ": " + e.getMessage());
            }
        }
    }

    /** The font at a size and style. */
    static Font font(int style, int size) {
        return new Font(FAMILY, style, size);
    }

    /** The colour of the i-th series. */
    static Paint color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /**
     * Gives series {@code series} of {@code renderer} the {@code colorIndex}-th palette colour and a
     * fixed stroke, and stops the theme and the plot's drawing supplier from replacing them (so the
     * same series has the same colour in every panel).
     */
    static void paintSeries(AbstractRenderer renderer, int series, int colorIndex) {
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesPaint(series, color(colorIndex));
        renderer.setSeriesStroke(series, LINE);
    }

    /** A linear value axis whose tick labels do not depend on the default locale. */
    static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return axis;
    }

    /** A base-10 log axis labelled in plain numbers (three significant digits), not {@code 10^x}. */
    static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setNumberFormatOverride(new LabelFormat(
                x -> new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString()));
        return axis;
    }

    /**
     * Puts the ticks of a log axis on whole decades (1, 10, 100, ...) when the data spans at least
     * two of them; narrower ranges keep JFreeChart's automatic (fractional-decade) ticks.
     */
    static void decadeTicks(LogAxis axis, double min, double max) {
        if (min > 0 && max / min >= 100) axis.setTickUnit(new NumberTickUnit(1), false, true);
    }

    /** An axis label format given by a function of the value (formatting only). */
    static final class LabelFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient DoubleFunction<String> label;

        LabelFormat(DoubleFunction<String> label) {
            this.label = label;
        }

        @Override
        public StringBuffer format(double x, StringBuffer out, FieldPosition pos) {
            return out.append(label.apply(x));
        }

        @Override
        public StringBuffer format(long x, StringBuffer out, FieldPosition pos) {
            return format((double) x, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("axis labels are only formatted");
        }
    }

    /** Applies fonts, colours, flat painters and no shadows to a finished chart. */
    static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("ctxbench");
        theme.setExtraLargeFont(font(Font.BOLD, 18));
        theme.setLargeFont(font(Font.BOLD, 14));
        theme.setRegularFont(font(Font.PLAIN, 12));
        theme.setSmallFont(font(Font.PLAIN, 10));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setAxisLabelPaint(Color.DARK_GRAY);
        theme.setTickLabelPaint(Color.DARK_GRAY);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
