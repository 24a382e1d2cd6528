package io.drillbook.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a unit must be drilled next, from its last successful drill (signed off) and its
 * tier's drill frequency. Pure, so that the boundaries are tested with a fixed clock.
 */
final class Compliance {

	/** How long before the due date a unit shows as due soon. */
	public static final Duration DUE_SOON = Duration.ofDays(14);

	private Compliance() {
	}

	public enum Standing {

		/** Never drilled, or the due date has passed. */
		OVERDUE,

		/** Due within {@link Compliance#DUE_SOON}. */
		DUE_SOON,

		/** Drilled recently enough. */
		CURRENT

	}

	/**
	 * A unit's drill schedule.
	 *
	 * @param lastSuccess when its last successful drill or failover was
	 * @param nextDue when the next is due; empty when it was never drilled
	 * @param standing overdue, due soon or current
	 */
	public record Due(Optional<Instant> lastSuccess, Optional<Instant> nextDue, Standing standing) {

	}

	public static Due due(Optional<Instant> lastSuccess, Duration every, Instant now) {
		if (lastSuccess.isEmpty()) {
			return new Due(lastSuccess, Optional.empty(), Standing.OVERDUE);
		}
		Instant next = lastSuccess.get().plus(every);
		Standing standing = now.isAfter(next) ? Standing.OVERDUE
				: (now.plus(DUE_SOON).isAfter(next) || now.plus(DUE_SOON).equals(next)) ? Standing.DUE_SOON
						: Standing.CURRENT;
		return new Due(lastSuccess, Optional.of(next), standing);
	}

}
