package ctxbench.report;

import ctxbench.cli.BadInputException;
import ctxbench.profiles.Category;
import ctxbench.profiles.CategoryCsv;
import ctxbench.profiles.CategoryShare;
import ctxbench.profiles.ProfileFolders;
import ctxbench.testing.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** REPORT's "Where the time goes" regions, from a run's {@code profiles/}. */
class ProfileFragmentsTest {
    @TempDir
    Path dir;

    private final Fragments all = Fragments.all();

    @Test
    void sharesOfBothSidesSideBySideWithChartsAndFlameGraphs() throws Exception {
        Path run = new RunFixture().add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", ReportFixture.around(1000, 1))
                .write(dir.resolve("run"));
        Path profiles = Files.createDirectories(ProfileFolders.of(run));
        List<CategoryShare> rows = new ArrayList<>();
        for (Category c : Category.values()) {
            rows.add(new CategoryShare("go", "after", "cpu", c, c == Category.ALLOC_GC ? 44 : c == Category.TIMER ? 56 : 0,
                    c == Category.ALLOC_GC ? 0.44 : c == Category.TIMER ? 0.56 : 0));
        }
        for (Category c : Category.values()) {
            rows.add(new CategoryShare("model", "after", "cpu", c, c == Category.TIMER ? 95 : c == Category.OTHER ? 5 : 0,
                    c == Category.TIMER ? 0.95 : c == Category.OTHER ? 0.05 : 0));
        }
        Files.writeString(profiles.resolve(ProfileFolders.CATEGORIES_CSV), CategoryCsv.format(rows));
        Path charts = Files.createDirectories(profiles.resolve(ProfileFolders.CHARTS));
        Files.write(charts.resolve("profile-categories-go-cpu.png"), new byte[] {1});
        Path flame = ProfileFolders.flameGraph(profiles, "model", "after", "cpu");
        Files.createDirectories(flame.getParent());
        Files.writeString(flame, "<svg/>");
        ReportInput in = new ReportInput(RunData.load(run), dir, false);

        String table = content(MarkedText.Kind.TABLE, "profiles-cpu", in);
        List<String> lines = table.lines().filter(l -> l.startsWith("| `")).toList();
        assertEquals(1, lines.size(), table);
        assertTrue(lines.get(0).matches("\\| `after` +\\| +56% / 95% +\\| +0\\.0% / 0\\.0% .*\\| +44% / 0\\.0% +\\| +0\\.0% / 5\\.0% +\\|"), lines.get(0));
        assertEquals("44%", content(MarkedText.Kind.NUM, "profiles.go.after.cpu.alloc-gc", in));
        assertEquals("5.0%", content(MarkedText.Kind.NUM, "profiles.model.after.cpu.other", in));
        assertEquals(Fmt.NONE, content(MarkedText.Kind.NUM, "profiles.go.before-cancel.cpu.timer", in));
        assertEquals("![Where the CPU goes: Go 1.19](run/profiles/charts/profile-categories-go-cpu.png)",
                content(MarkedText.Kind.CHART, "profiles-go-cpu", in));
        assertEquals("*(No chart: this run has no go alloc profiles.)*", content(MarkedText.Kind.CHART, "profiles-go-alloc", in));
        BadInputException missing = assertThrows(BadInputException.class, () -> content(MarkedText.Kind.CHART, "profiles-model-cpu", in));
        assertTrue(missing.getMessage().endsWith("profile-categories-model-cpu.png is missing although the run has its profiles: "
                + "run scripts/profile.sh again or redraw them"), missing.getMessage());
        String flames = content(MarkedText.Kind.TABLE, "profiles-flamegraphs", in);
        assertTrue(flames.contains("| `after` |       – |         – | [flame graph](run/profiles/model/after/cpu.svg) |            – |"), flames);
    }

    @Test
    void aRunWithoutProfilesSaysHowToMakeThem() throws Exception {
        Path run = new RunFixture().add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", ReportFixture.around(1000, 1))
                .write(dir.resolve("bare"));
        ReportInput in = new ReportInput(RunData.load(run), dir, false);
        assertEquals("\n*This run has no profiles: `scripts/profile.sh RUN` makes them.*\n\n", content(MarkedText.Kind.TABLE, "profiles-cpu", in));
        assertEquals("\n*This run has no profiles: `scripts/profile.sh RUN` makes them.*\n\n", content(MarkedText.Kind.TABLE, "profiles-flamegraphs", in));
        assertEquals(Fmt.NONE, content(MarkedText.Kind.NUM, "profiles.model.after.alloc.timer", in));
        assertEquals("*(No chart: this run has no model cpu profiles.)*", content(MarkedText.Kind.CHART, "profiles-model-cpu", in));
    }

    private String content(MarkedText.Kind kind, String name, ReportInput in) throws BadInputException {
        return all.content(new MarkedText.Marker(kind, name, 1), in, "R.md");
    }
}
