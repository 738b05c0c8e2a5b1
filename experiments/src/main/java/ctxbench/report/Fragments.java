package ctxbench.report;

import ctxbench.cli.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every fragment REPORT.md can use, by {@code kind name} ({@link Fragment#id()}), gathered from the
 * classes that each cover one part of the results. The class comment of each lists its regions.
 */
final class Fragments {
    private final Map<String, Fragment> byId;

    private Fragments(Map<String, Fragment> byId) {
        this.byId = byId;
    }

    /** Every fragment of every part. */
    static Fragments all() {
        List<Fragment> all = new ArrayList<>();
        all.addAll(EnvFragments.all());
        all.addAll(SeedFragments.all());
        all.addAll(LoadFragments.all());
        all.addAll(DistributionFragments.all());
        all.addAll(NaiveFragments.all());
        all.addAll(TimerFragments.all());
        all.addAll(PropagationFragments.all());
        all.addAll(ValueFragments.all());
        all.addAll(ChannelFragments.all());
        all.addAll(GoBenchFragments.all());
        all.addAll(RuntimeFragments.all());
        all.addAll(ProfileFragments.all());
        all.addAll(ModernGoFragments.all());
        return of(all);
    }

    /**
     * A registry of {@code fragments}.
     *
     * @throws IllegalStateException when two fragments share a kind and name
     */
    static Fragments of(List<Fragment> fragments) {
        Map<String, Fragment> byId = new LinkedHashMap<>();
        for (Fragment f : fragments) {
            if (byId.putIfAbsent(f.id(), f) != null) throw new IllegalStateException("two fragments named '" + f.id() + "'");
        }
        return new Fragments(byId);
    }

    /**
     * The content of {@code marker}'s region for {@code input}.
     *
     * @throws BadInputException when no fragment has the marker's kind and name
     */
    String content(MarkedText.Marker marker, ReportInput input, String file) throws BadInputException {
        Fragment f = byId.get(marker.id());
        if (f == null) {
            throw new BadInputException(file + ":" + marker.line() + ": unknown marker '" + marker.id() + "' (the fragments are listed "
                    + "in the class comments of experiments/src/main/java/ctxbench/report/*Fragments.java)");
        }
        return f.renderer().render(input);
    }

    /** Whether a fragment has this {@code kind name}. */
    boolean has(String id) {
        return byId.containsKey(id);
    }

    /** Every {@code kind name}, in registration order. */
    List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
