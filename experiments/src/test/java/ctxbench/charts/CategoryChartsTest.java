package ctxbench.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.cli.BadInputException;
import ctxbench.profiles.Category;
import ctxbench.profiles.CategoryColors;
import ctxbench.profiles.CategoryShare;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stacked category charts of profiles: one per side and profile, their data, colours, titles and files. */
class CategoryChartsTest {
    private static final List<String> LABELS = Arrays.stream(Category.values()).map(Category::label).toList();

    @TempDir
    Path dir;

    @BeforeAll
    static void style() throws BadInputException {
        ChartStyle.init();
    }

    private static CategoryShare row(String side, String variant, String profile, Category c, double share) {
        return new CategoryShare(side, variant, profile, c, Math.round(share * 1000), share);
    }

    /** Go CPU of two variants, the model's CPU and allocations of one; not every category in every profile. */
    private static List<CategoryShare> rows() {
        List<CategoryShare> rows = new ArrayList<>();
        rows.add(row("go", "before-leaky", "cpu", Category.TIMER, 0.5));
        rows.add(row("go", "before-leaky", "cpu", Category.SCHEDULER, 0.3));
        rows.add(row("go", "before-leaky", "cpu", Category.OTHER, 0.2));
        rows.add(row("go", "after", "cpu", Category.CONTEXT, 0.25));
        rows.add(row("go", "after", "cpu", Category.TIMER, 0.75));
        rows.add(row("model", "after", "cpu", Category.ALLOC_GC, 1.0));
        rows.add(row("model", "after", "alloc", Category.CHANNEL, 0.02));
        rows.add(row("model", "after", "alloc", Category.GOROUTINE, 0.98));
        return rows;
    }

    private static CategoryPlot plot(NamedChart c) {
        return (CategoryPlot) c.chart().getPlot();
    }

    @Test
    void oneChartPerSideAndProfileInTheRowsOrder() {
        List<NamedChart> charts = CategoryCharts.charts(rows(), Map.of("go", "Go 1.19"));
        assertEquals(List.of("profile-categories-go-cpu", "profile-categories-model-cpu", "profile-categories-model-alloc"),
                charts.stream().map(NamedChart::name).toList());
        assertEquals(List.of("Where the CPU goes: Go 1.19 (share of CPU samples by category)",
                        "Where the CPU goes: the model (share of CPU samples by category)",
                        "Where the allocations go: the model (share of bytes allocated by category)"),
                charts.stream().map(c -> c.chart().getTitle().getText()).toList());
    }

    @Test
    void barsAreVariantsStackedFromEveryCategoryInEnumOrderInPercent() {
        CategoryDataset data = plot(CategoryCharts.charts(rows(), Map.of()).get(0)).getDataset();
        assertEquals(LABELS, data.getRowKeys());
        assertEquals(List.of("before-leaky", "after"), data.getColumnKeys());
        assertEquals(50.0, data.getValue(Category.TIMER.label(), "before-leaky").doubleValue(), 1e-9);
        assertEquals(30.0, data.getValue(Category.SCHEDULER.label(), "before-leaky").doubleValue(), 1e-9);
        assertEquals(0.0, data.getValue(Category.CONTEXT.label(), "before-leaky").doubleValue());
        assertEquals(75.0, data.getValue(Category.TIMER.label(), "after").doubleValue(), 1e-9);
        assertEquals(25.0, data.getValue(Category.CONTEXT.label(), "after").doubleValue(), 1e-9);
        assertEquals(List.of("after"), plot(CategoryCharts.charts(rows(), Map.of()).get(2)).getDataset().getColumnKeys());
    }

    @Test
    void eachCategoryHasItsOwnColourAndLargeSegmentsTheirShare() {
        CategoryPlot plot = plot(CategoryCharts.charts(rows(), Map.of()).get(2));
        CategoryItemRenderer renderer = plot.getRenderer();
        for (Category c : Category.values()) assertEquals(CategoryColors.of(c), renderer.getSeriesPaint(c.ordinal()), c.label());
        assertEquals(LABELS.size(), plot.getLegendItems().getItemCount());
        CategoryDataset data = plot.getDataset();
        int after = data.getColumnIndex("after");
        assertEquals("98%", renderer.getItemLabelGenerator(0, 0).generateLabel(data, data.getRowIndex(Category.GOROUTINE.label()), after));
        assertNull(renderer.getItemLabelGenerator(0, 0).generateLabel(data, data.getRowIndex(Category.CHANNEL.label()), after),
                "2% is too thin for a label");
    }

    @Test
    void writesPngAndSvgThatAreTheSameBytesEveryTime() throws Exception {
        List<Path> first = CategoryCharts.write(rows(), Map.of(), dir.resolve("a"));
        assertEquals(List.of("profile-categories-go-cpu.png", "profile-categories-go-cpu.svg",
                        "profile-categories-model-cpu.png", "profile-categories-model-cpu.svg",
                        "profile-categories-model-alloc.png", "profile-categories-model-alloc.svg"),
                first.stream().map(p -> p.getFileName().toString()).toList());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(first.get(0)), 4));
        String svg = Files.readString(first.get(1));
        assertTrue(svg.contains("<svg ") && svg.contains("Where the CPU goes: Go (share of CPU samples by category)")
                && svg.contains(">" + Category.TIMER.label() + "</text>"), "title and legend");
        List<Path> second = CategoryCharts.write(rows(), Map.of(), dir.resolve("b"));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
        List<Path> again = CategoryCharts.write(rows(), Map.of(), dir.resolve("a"));
        assertEquals(first, again);
        assertArrayEquals(Files.readAllBytes(second.get(0)), Files.readAllBytes(again.get(0)), "replaced with the same bytes");
    }

    @Test
    void refusesTwoRowsForOneSegmentAndUnknownProfiles() {
        List<CategoryShare> twice = new ArrayList<>(rows());
        twice.add(row("go", "after", "cpu", Category.TIMER, 0.1));
        assertEquals("two rows for go after cpu timer",
                assertThrows(IllegalArgumentException.class, () -> CategoryCharts.charts(twice, Map.of())).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CategoryCharts.charts(List.of(row("go", "after", "heap", Category.TIMER, 1)), Map.of()));
    }
}
