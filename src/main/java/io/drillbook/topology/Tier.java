package io.drillbook.topology;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A component's criticality, 1 the most critical and 4 the least. The policy says what
 * each tier demands; a unit of several components counts at the tier of its most critical
 * member. Written as its number, as files, pages and the API show it.
 *
 * @param level 1 to 4
 */
public record Tier(int level) implements Comparable<Tier> {

	public static final Tier MOST_CRITICAL = new Tier(1);

	public static final Tier LEAST_CRITICAL = new Tier(4);

	/** Every tier, the most critical first. */
	public static final List<Tier> ALL = List.of(MOST_CRITICAL, new Tier(2), new Tier(3), LEAST_CRITICAL);

	public Tier {
		if (level < 1 || level > 4) {
			throw new IllegalArgumentException("the tier must be 1, 2, 3 or 4, not " + level);
		}
	}

	public static Tier of(int level) {
		return new Tier(level);
	}

	/**
	 * The tier a number names, or nothing when it names none; for input that is checked.
	 */
	public static Optional<Tier> parse(Integer level) {
		return (level != null && level >= 1 && level <= 4) ? Optional.of(new Tier(level)) : Optional.empty();
	}

	/** The most critical of the tiers, the most critical of all when there are none. */
	public static Tier mostCriticalOf(Collection<Tier> tiers) {
		return tiers.stream().min(Tier::compareTo).orElse(MOST_CRITICAL);
	}

	/** More critical tiers sort first. */
	@Override
	public int compareTo(Tier other) {
		return Integer.compare(this.level, other.level);
	}

	@Override
	public String toString() {
		return Integer.toString(this.level);
	}

}
