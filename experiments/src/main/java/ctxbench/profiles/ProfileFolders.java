package ctxbench.profiles;

import ctxbench.results.RunFolder;
import java.nio.file.Path;
import java.util.List;

/**
 * The layout of a run folder's {@code profiles/}, spelled here only:
 * <pre>
 * profiles/categories.csv                      the category shares of every profile (CategoryCsv)
 * profiles/charts/profile-categories-SIDE-PROFILE.{png,svg}
 * profiles/SIDE/VARIANT/PROFILE.collapsed      collapsed stacks (ns of CPU, bytes allocated)
 * profiles/SIDE/VARIANT/PROFILE.svg            the flame graph, boxes coloured by category
 * profiles/SIDE/VARIANT/PROFILE-top.txt        the profiler's own text summary
 * profiles/SIDE/VARIANT/commands.txt           the commands that made them
 * profiles/go/VARIANT/PROFILE.pprof            Go's raw profiles (go tool pprof reads them)
 * </pre>
 * SIDE is {@code go} or {@code model}, PROFILE {@code cpu} or {@code alloc}.
 */
public final class ProfileFolders {
    /** The category shares' file in {@code profiles/}. */
    public static final String CATEGORIES_CSV = "categories.csv";
    /** The charts' folder in {@code profiles/} (named as a run folder's). */
    public static final String CHARTS = RunFolder.CHARTS;
    /** The Go side. */
    public static final String GO = "go";
    /** The model's side. */
    public static final String MODEL = "model";
    /** Both sides, in the order tables and charts show them. */
    public static final List<String> SIDES = List.of(GO, MODEL);
    /** The profiles of each variant and side. */
    public static final List<String> PROFILE_KINDS = List.of("cpu", "alloc");

    private ProfileFolders() {
    }

    /** {@code RUN/profiles}. */
    public static Path of(Path run) {
        return RunFolder.at(run).profiles();
    }

    /** {@code profiles/SIDE/VARIANT/PROFILE.collapsed}. */
    public static Path collapsed(Path profiles, String side, String variant, String profile) {
        return profiles.resolve(side).resolve(variant).resolve(profile + ".collapsed");
    }

    /** {@code profiles/SIDE/VARIANT/PROFILE.svg}. */
    public static Path flameGraph(Path profiles, String side, String variant, String profile) {
        return profiles.resolve(side).resolve(variant).resolve(profile + ".svg");
    }
}
