package ctxbench.profiles;

import ctxbench.charts.CategoryCharts;
import ctxbench.results.AtomicFiles;
import ctxbench.results.WriteMode;
import ctxbench.seed.SeedVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run's profiles add up to: the flame graph of every collapsed profile, the category
 * shares of all of them ({@code categories.csv}) and the stacked-bar charts per side and profile.
 * Everything here is derived from the {@code *.collapsed} files, so it can be redrawn after the
 * category rules change without profiling again.
 */
final class ProfileSummary {
    private ProfileSummary() {
    }

    /**
     * Draws {@code folder}'s flame graphs ({@code PROFILE.svg} beside each {@code PROFILE.collapsed});
     * {@code folder} is one side's variant folder, {@code cpuUnit} the CPU profile's weight
     * ({@code ns}, or {@code samples} from JFR).
     */
    static void flameGraphs(Path folder, String side, String variant, String cpuUnit) throws IOException, ProfileFormatException {
        for (String profile : ProfileFolders.PROFILE_KINDS) {
            Path collapsed = folder.resolve(profile + ".collapsed");
            if (Files.exists(collapsed)) {
                Stacks stacks = Stacks.parseCollapsed(Files.readString(collapsed), collapsed.toString());
                String svg = FlameGraphSvg.render(stacks, title(side, variant, profile), profile.equals("cpu") ? cpuUnit : "B",
                        frame -> Categories.ofFrame(frame, profile));
                AtomicFiles.write(folder.resolve(profile + ".svg"), svg, WriteMode.REPLACE);
            }
        }
    }

    /**
     * Writes {@code profiles/categories.csv} and {@code profiles/charts/} from every collapsed
     * profile under {@code profiles} (sides in {@link ProfileFolders#SIDES} order, variants in
     * {@link SeedVariant#NAMES} order); returns the rows.
     */
    static List<CategoryShare> categories(Path profiles) throws IOException, ProfileFormatException {
        List<CategoryShare> rows = new ArrayList<>();
        for (String side : ProfileFolders.SIDES) {
            for (String variant : SeedVariant.NAMES) {
                for (String profile : ProfileFolders.PROFILE_KINDS) {
                    Path collapsed = ProfileFolders.collapsed(profiles, side, variant, profile);
                    if (Files.exists(collapsed)) {
                        Stacks stacks = Stacks.parseCollapsed(Files.readString(collapsed), collapsed.toString());
                        rows.addAll(Categories.shares(side, variant, profile, stacks));
                    }
                }
            }
        }
        AtomicFiles.write(profiles.resolve(ProfileFolders.CATEGORIES_CSV), CategoryCsv.format(rows), WriteMode.REPLACE);
        CategoryCharts.write(rows, Map.of(ProfileFolders.GO, "Go 1.19", ProfileFolders.MODEL, "the model"),
                Files.createDirectories(profiles.resolve(ProfileFolders.CHARTS)));
        return rows;
    }

    /** The flame graph's title, e.g. "Go 1.19 · after · CPU". */
    static String title(String side, String variant, String profile) {
        return (side.equals(ProfileFolders.GO) ? "Go 1.19" : "the model") + " · " + variant + " · "
                + (profile.equals("cpu") ? "CPU" : "allocations");
    }
}
