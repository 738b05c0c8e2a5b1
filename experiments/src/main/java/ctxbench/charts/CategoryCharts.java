package ctxbench.charts;

import ctxbench.cli.BadInputException;
import ctxbench.profiles.Category;
import ctxbench.profiles.CategoryColors;
import ctxbench.profiles.CategoryShare;
import ctxbench.results.AtomicFiles;
import ctxbench.results.WriteMode;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Where each profile goes, from the rows of {@code profiles/categories.csv}: one stacked bar chart
 * per side ({@code go}, {@code model}) and profile ({@code cpu}, {@code alloc}), one bar per
 * variant (in the order the variants first appear in the rows), each bar the variant's whole
 * profile split into the {@link Category} shares in percent, bottom up in the enum's order, in
 * the {@link CategoryColors} of the flame graphs. Every category is in every chart's legend, so
 * the charts read alike. Segments of at least {@value #MIN_LABELLED_PERCENT}% carry their share.
 */
public final class CategoryCharts {
    /** The smallest share (%) whose segment is labelled with its value. */
    static final double MIN_LABELLED_PERCENT = 4;
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;

    private CategoryCharts() {
    }

    /**
     * Draws the charts of {@code rows} and writes each as {@code <name>.png} and {@code <name>.svg}
     * into {@code folder} (created if missing; files of the same name replaced, nothing else
     * touched), e.g. {@code profile-categories-go-cpu.png}. Every chart is drawn before the first
     * file is written; the same rows give the same bytes.
     *
     * @param sideNames how titles name a side (e.g. {@code go → Go 1.19}); a side not in the map is
     *                  {@code Go} for {@code go}, {@code the model} for {@code model}, else its id
     * @return the files written, in chart order, PNG before SVG
     * @throws IOException              when a file cannot be written or the charts' font is not installed
     * @throws IllegalArgumentException when a profile is neither {@code cpu} nor {@code alloc}, or
     *                                  two rows have the same side, variant, profile and category
     */
    public static List<Path> write(List<CategoryShare> rows, Map<String, String> sideNames, Path folder) throws IOException {
        Map<String, byte[]> files;
        try {
            ChartStyle.init();
            files = Charts.render(charts(rows, sideNames));
        } catch (BadInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = folder.resolve(f.getKey());
            AtomicFiles.write(file, f.getValue(), WriteMode.REPLACE);
            written.add(file);
        }
        return written;
    }

    /** One chart per side and profile of {@code rows}, in the order they first appear; {@code sideNames} as in {@link #write}. */
    static List<NamedChart> charts(List<CategoryShare> rows, Map<String, String> sideNames) {
        Set<String> variants = new LinkedHashSet<>();
        Map<List<String>, Map<String, Map<Category, Double>>> groups = new LinkedHashMap<>();
        for (CategoryShare r : rows) {
            variants.add(r.variant());
            Map<Category, Double> shares = groups.computeIfAbsent(List.of(r.side(), r.profile()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.variant(), k -> new EnumMap<>(Category.class));
            if (shares.put(r.category(), 100 * r.share()) != null) {
                throw new IllegalArgumentException("two rows for " + r.side() + " " + r.variant() + " " + r.profile()
                        + " " + r.category().id());
            }
        }
        List<NamedChart> charts = new ArrayList<>();
        groups.forEach((key, byVariant) -> {
            String side = key.get(0);
            String profile = key.get(1);
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (Category c : Category.values()) {
                for (String v : variants) {
                    if (byVariant.containsKey(v)) data.addValue(byVariant.get(v).getOrDefault(c, 0.0), c.label(), v);
                }
            }
            String name = sideNames.getOrDefault(side, defaultSideName(side));
            charts.add(new NamedChart(NamedChart.fileName("profile-categories", side, profile), chart(title(profile, name), data),
                    WIDTH, HEIGHT));
        });
        return charts;
    }

    private static String defaultSideName(String side) {
        return switch (side) {
            case "go" -> "Go";
            case "model" -> "the model";
            default -> side;
        };
    }

    private static String title(String profile, String sideName) {
        return switch (profile) {
            case "cpu" -> "Where the CPU goes: " + sideName + " (share of CPU samples by category)";
            case "alloc" -> "Where the allocations go: " + sideName + " (share of bytes allocated by category)";
            default -> throw new IllegalArgumentException("unknown profile '" + profile + "' (expected cpu or alloc)");
        };
    }

    private static JFreeChart chart(String title, CategoryDataset data) {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setAutoPopulateSeriesPaint(false);
        for (Category c : Category.values()) renderer.setSeriesPaint(c.ordinal(), CategoryColors.of(c));
        renderer.setDefaultItemLabelGenerator(new ShareLabels());
        renderer.setDefaultItemLabelsVisible(true);
        CategoryAxis x = new CategoryAxis("variant");
        x.setCategoryMargin(0.4);
        NumberAxis y = ChartStyle.numberAxis("share of the profile (%)");
        y.setRange(0, 100);
        y.setTickUnit(new NumberTickUnit(10, NumberFormat.getIntegerInstance(Locale.ROOT)));
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), new CategoryPlot(data, x, y, renderer), true);
        chart.addSubtitle(new TextTitle("one bar per variant, its whole profile = 100%; categories bottom up in the legend's order",
                ChartStyle.font(Font.PLAIN, 12)));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return ChartStyle.apply(chart);
    }

    /** Labels a bar segment with its share, rounded to whole percent, when it is tall enough for the text. */
    private static final class ShareLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;

        ShareLabels() {
            super("{2}%", new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number share = dataset.getValue(row, column);
            return share == null || share.doubleValue() < MIN_LABELLED_PERCENT ? null : super.generateLabel(dataset, row, column);
        }
    }
}
