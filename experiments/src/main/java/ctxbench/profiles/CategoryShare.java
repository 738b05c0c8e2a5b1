package ctxbench.profiles;

/**
 * One row of {@code profiles/categories.csv}: how much of one profile went to one category.
 *
 * @param side     {@code go} (the Go mirror on the real runtime) or {@code model} (the Java model)
 * @param variant  the seed variant profiled (one of {@link ctxbench.seed.SeedVariant#NAMES})
 * @param profile  {@code cpu} (weight: CPU time in ns, or samples) or {@code alloc} (weight: bytes allocated)
 * @param category the category
 * @param weight   the category's weight in the profile's unit, ≥ 0
 * @param share    weight / the profile's total weight, in [0, 1]
 */
public record CategoryShare(String side, String variant, String profile, Category category, long weight, double share) {
}
