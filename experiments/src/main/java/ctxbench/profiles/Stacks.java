package ctxbench.profiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * A profile as collapsed stacks: each distinct stack (frames from the root to the leaf) with its
 * weight (samples, nanoseconds or bytes, the same unit for the whole profile). The format of
 * async-profiler's and Brendan Gregg's {@code collapsed} output: one line per stack,
 * {@code root;caller;...;leaf weight}.
 *
 * <p>Immutable. Equal stacks are merged (their weights added), so two profiles with the same
 * samples in another order are equal and print the same {@link #toCollapsed()} text.
 */
public final class Stacks {
    private final Map<List<String>, Long> weights;

    private Stacks(Map<List<String>, Long> weights) {
        this.weights = weights;
    }

    /** Collects stacks; {@link #add} merges equal ones. */
    public static final class Builder {
        private final Map<List<String>, Long> weights = new LinkedHashMap<>();

        /** Adds {@code weight} (≥ 0) to the stack {@code frames} (root first, at least one frame). */
        public Builder add(List<String> frames, long weight) {
            if (frames.isEmpty()) {
                throw new IllegalArgumentException("a stack needs at least one frame");
            }
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight " + weight + " for stack " + String.join(";", frames));
            }
            weights.merge(List.copyOf(frames), weight, Long::sum);
            return this;
        }

        public Stacks build() {
            return new Stacks(Collections.unmodifiableMap(new LinkedHashMap<>(weights)));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads collapsed text: lines {@code frame;frame;... weight}; blank lines are skipped. The
     * weight is the text after the last space, a whole number ≥ 0. {@code source} names the file
     * in messages.
     */
    public static Stacks parseCollapsed(String text, String source) throws ProfileFormatException {
        Builder b = builder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                throw new ProfileFormatException(source + ":" + (i + 1) + ": not 'frames weight': " + abbreviate(line));
            }
            long weight;
            try {
                weight = Long.parseLong(line.substring(space + 1));
            } catch (NumberFormatException e) {
                throw new ProfileFormatException(source + ":" + (i + 1) + ": weight is not a whole number: " + abbreviate(line));
            }
            if (weight < 0) {
                throw new ProfileFormatException(source + ":" + (i + 1) + ": negative weight " + weight);
            }
            b.add(List.of(line.substring(0, space).split(";", -1)), weight);
        }
        return b.build();
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    /** These stacks with every frame renamed by {@code rename}; stacks that become equal are merged. */
    public Stacks mapFrames(UnaryOperator<String> rename) {
        Builder b = builder();
        weights.forEach((frames, w) -> b.add(frames.stream().map(rename).toList(), w));
        return b.build();
    }

    /** Calls {@code action} with each distinct stack (root first) and its weight. */
    public void forEach(BiConsumer<List<String>, Long> action) {
        weights.forEach(action);
    }

    /** The sum of all weights. */
    public long total() {
        long sum = 0;
        for (long w : weights.values()) {
            sum += w;
        }
        return sum;
    }

    /** How many distinct stacks. */
    public int size() {
        return weights.size();
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Collapsed text, one line per stack, sorted by stack so that equal profiles print the same bytes. */
    public String toCollapsed() {
        List<Map.Entry<List<String>, Long>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Comparator.comparing(e -> String.join(";", e.getKey())));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<List<String>, Long> e : entries) {
            sb.append(String.join(";", e.getKey())).append(' ').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stacks s && s.weights.equals(weights);
    }

    @Override
    public int hashCode() {
        return weights.hashCode();
    }
}
