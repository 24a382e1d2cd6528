package io.drillbook.topology.impact;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "what if this fails?": every host and component with its outcome.
 *
 * @param failure the supposed failure
 * @param failedAt when it is supposed to happen, from which deadlines count
 * @param effects one per host and component, in topology order
 */
public record Impact(FailurePoint failure, Instant failedAt, List<ElementImpact> effects) {

	public Impact {
		effects = List.copyOf(effects);
	}

	/** What stops at once, the failed element itself first. */
	public List<ElementImpact> failsAtOnce() {
		return this.effects.stream()
			.filter((e) -> e.outcome() == ImpactOutcome.FAILS_AT_ONCE)
			.sorted(java.util.Comparator.comparing((ElementImpact e) -> !isCause(e)))
			.toList();
	}

	private boolean isCause(ElementImpact effect) {
		return effect.type() == this.failure.type() && effect.key().equals(this.failure.key());
	}

	public List<ElementImpact> restartedByHa() {
		return with(ImpactOutcome.RESTARTED_BY_HA);
	}

	public List<ElementImpact> failsAfterGrace() {
		return this.effects.stream()
			.filter((e) -> e.outcome() == ImpactOutcome.FAILS_AFTER_GRACE)
			.sorted(java.util.Comparator.comparing((ElementImpact e) -> e.after().orElseThrow()))
			.toList();
	}

	public List<ElementImpact> keepsRunning() {
		return with(ImpactOutcome.KEEPS_RUNNING);
	}

	private List<ElementImpact> with(ImpactOutcome outcome) {
		return this.effects.stream().filter((e) -> e.outcome() == outcome).toList();
	}

}
