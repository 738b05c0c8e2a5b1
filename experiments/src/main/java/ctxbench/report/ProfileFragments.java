package ctxbench.report;

import ctxbench.cli.BadInputException;
import ctxbench.profiles.Category;
import ctxbench.profiles.CategoryCsv;
import ctxbench.profiles.CategoryShare;
import ctxbench.profiles.ProfileFolders;
import ctxbench.profiles.ProfileFormatException;
import ctxbench.seed.SeedVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time goes: the category shares of the seed variants' profiles
 * ({@code RUN/profiles/categories.csv}, written by {@code scripts/profile.sh}), Go and the model
 * side by side, their charts and flame graphs.
 *
 * <p>Regions: tables {@code profiles-cpu} and {@code profiles-alloc} (one row per variant, one
 * column per category, "Go / model" shares), table {@code profiles-flamegraphs} (links); charts
 * {@code profiles-SIDE-PROFILE} for SIDE in {@code go}, {@code model} and PROFILE in {@code cpu},
 * {@code alloc}; nums {@code profiles.SIDE.VARIANT.PROFILE.CATEGORY} (a share in percent, e.g.
 * {@code profiles.go.after.cpu.alloc-gc}). A run without profiles says so in each table and chart
 * and gives "–" for each number.
 */
final class ProfileFragments {
    private static final String NONE = "*This run has no profiles: `scripts/profile.sh RUN` makes them.*";

    private ProfileFragments() {
    }

    /** Every region of this part. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        for (String profile : ProfileFolders.PROFILE_KINDS) {
            out.add(Fragment.table("profiles-" + profile, in -> shareTable(rows(in.run()), profile)));
            for (String side : ProfileFolders.SIDES) {
                out.add(Fragment.chart("profiles-" + side + "-" + profile, in -> chart(in, side, profile)));
                for (String variant : SeedVariant.NAMES) {
                    for (Category c : Category.values()) {
                        out.add(Fragment.num("profiles." + side + "." + variant + "." + profile + "." + c.id(),
                                in -> percent(find(rows(in.run()), side, variant, profile, c))));
                    }
                }
            }
        }
        out.add(Fragment.table("profiles-flamegraphs", ProfileFragments::flameGraphTable));
        return out;
    }

    /** The run's category rows; empty when it has no {@code profiles/categories.csv}. */
    private static List<CategoryShare> rows(RunData run) throws BadInputException {
        Path csv = ProfileFolders.of(run.dir()).resolve(ProfileFolders.CATEGORIES_CSV);
        if (!Files.isRegularFile(csv)) {
            return List.of();
        }
        try {
            return CategoryCsv.parse(Files.readString(csv), csv.toString());
        } catch (IOException | ProfileFormatException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static CategoryShare find(List<CategoryShare> rows, String side, String variant, String profile, Category c) {
        for (CategoryShare r : rows) {
            if (r.side().equals(side) && r.variant().equals(variant) && r.profile().equals(profile) && r.category() == c) {
                return r;
            }
        }
        return null;
    }

    /** A share as a whole percent (one decimal under 10%), or {@link Fmt#NONE}. */
    static String percent(CategoryShare r) {
        if (r == null) {
            return Fmt.NONE;
        }
        double p = r.share() * 100;
        return String.format(Locale.ROOT, p < 10 ? "%.1f%%" : "%.0f%%", p);
    }

    private static String shareTable(List<CategoryShare> rows, String profile) {
        List<String> header = new ArrayList<>(List.of("variant"));
        for (Category c : Category.values()) {
            header.add(c.label() + ": Go / model");
        }
        MarkdownTable t = new MarkdownTable(header).whenEmpty(NONE);
        for (String variant : SeedVariant.NAMES) {
            List<String> cells = new ArrayList<>(List.of("`" + variant + "`"));
            boolean any = false;
            for (Category c : Category.values()) {
                CategoryShare go = find(rows, ProfileFolders.GO, variant, profile, c);
                CategoryShare model = find(rows, ProfileFolders.MODEL, variant, profile, c);
                any |= go != null || model != null;
                cells.add(percent(go) + " / " + percent(model));
            }
            if (any) {
                t.row(cells);
            }
        }
        t.note(profile.equals("cpu")
                ? "Share of each profile's CPU time by category (Go: `go test -cpuprofile`; the model: async-profiler, sched=go, queue=go-heap); how stacks map to categories: docs/profiles.md."
                : "Share of each profile's bytes allocated by category: the code that allocated them (docs/profiles.md).");
        return t.render();
    }

    private static String chart(ReportInput in, String side, String profile) throws BadInputException {
        String file = "profile-categories-" + side + "-" + profile + ".png";
        Path png = ProfileFolders.of(in.run().dir()).resolve(ProfileFolders.CHARTS).resolve(file);
        boolean hasData = rows(in.run()).stream().anyMatch(r -> r.side().equals(side) && r.profile().equals(profile));
        String alt = (profile.equals("cpu") ? "Where the CPU goes: " : "Where the allocations go: ") + (side.equals(ProfileFolders.GO) ? "Go 1.19" : "the model");
        if (Files.isRegularFile(png) || (hasData && in.linkMissingCharts())) {
            return "![" + alt + "](" + in.link(png) + ")";
        }
        if (hasData) {
            throw new BadInputException(png + " is missing although the run has its profiles: run scripts/profile.sh again or redraw them");
        }
        return "*(No chart: this run has no " + side + " " + profile + " profiles.)*";
    }

    private static String flameGraphTable(ReportInput in) {
        Path profiles = ProfileFolders.of(in.run().dir());
        List<String> header = new ArrayList<>(List.of("variant"));
        for (String side : ProfileFolders.SIDES) {
            for (String profile : ProfileFolders.PROFILE_KINDS) {
                header.add((side.equals(ProfileFolders.GO) ? "Go" : "model") + ": " + profile);
            }
        }
        MarkdownTable t = new MarkdownTable(header).whenEmpty(NONE);
        for (String variant : SeedVariant.NAMES) {
            List<String> cells = new ArrayList<>(List.of("`" + variant + "`"));
            boolean any = false;
            for (String side : ProfileFolders.SIDES) {
                for (String profile : ProfileFolders.PROFILE_KINDS) {
                    Path svg = ProfileFolders.flameGraph(profiles, side, variant, profile);
                    boolean exists = Files.isRegularFile(svg);
                    any |= exists;
                    cells.add(exists ? "[flame graph](" + in.link(svg) + ")" : Fmt.NONE);
                }
            }
            if (any) {
                t.row(cells);
            }
        }
        return t.render();
    }
}
