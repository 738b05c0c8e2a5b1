package ctxbench.report;

import ctxbench.cli.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
        return of(Stream.of(EnvFragments.all(), SeedFragments.all(), LoadFragments.all(), DistributionFragments.all(),
                NaiveFragments.all(), TimerFragments.all(), PropagationFragments.all(), ValueFragments.all(),
                ChannelFragments.all(), GoBenchFragments.all(), RuntimeFragments.all(), ProfileFragments.all(),
                ModernGoFragments.all())
                .flatMap(List::stream).toList());
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
