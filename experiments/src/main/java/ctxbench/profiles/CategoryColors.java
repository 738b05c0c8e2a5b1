package ctxbench.profiles;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one colour of each {@link Category}, the same on flame graphs and on charts. The six named
 * categories take the lighter six colours of the colour-blind-safe Okabe-Ito palette (black text
 * stays readable on each of them); {@link Category#OTHER}, which is not a finding, is a neutral grey.
 */
public final class CategoryColors {
    private static final Map<Category, Color> COLORS = new EnumMap<>(Map.of(
            Category.TIMER, new Color(0xD55E00),      // vermillion
            Category.GOROUTINE, new Color(0x009E73),  // bluish green
            Category.SCHEDULER, new Color(0x56B4E9),  // sky blue
            Category.CHANNEL, new Color(0xCC79A7),    // reddish purple
            Category.CONTEXT, new Color(0xE69F00),    // orange
            Category.ALLOC_GC, new Color(0xF0E442),   // yellow
            Category.OTHER, new Color(0xBBBBBB)));    // grey

    private CategoryColors() {
    }

    /** The colour of {@code c}. */
    public static Color of(Category c) {
        return COLORS.get(c);
    }

    /** The colour of {@code c} as SVG and CSS write it: {@code #rrggbb}, lower case. */
    public static String hex(Category c) {
        return String.format(Locale.ROOT, "#%06x", of(c).getRGB() & 0xFFFFFF);
    }
}
