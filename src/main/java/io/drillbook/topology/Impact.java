package io.drillbook.topology;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "what if this fails?": every host and component with its outcome.
 *
 * @param failure the supposed failure
 * @param failedAt when it is supposed to happen, from which deadlines count
 * @param effects one per host and component, in topology order
 */
record Impact(FailurePoint failure, Instant failedAt, List<Effect> effects) {

	public Impact {
		effects = List.copyOf(effects);
	}

	/** What stops at once, the failed element itself first. */
	public List<Effect> failsAtOnce() {
		return this.effects.stream()
			.filter((e) -> e.outcome() == Outcome.FAILS_AT_ONCE)
			.sorted(java.util.Comparator.comparing((Effect e) -> !isCause(e)))
			.toList();
	}

	private boolean isCause(Effect effect) {
		return effect.type() == this.failure.type() && effect.key().equals(this.failure.key());
	}

	public List<Effect> restartedByHa() {
		return with(Outcome.RESTARTED_BY_HA);
	}

	public List<Effect> failsAfterGrace() {
		return this.effects.stream()
			.filter((e) -> e.outcome() == Outcome.FAILS_AFTER_GRACE)
			.sorted(java.util.Comparator.comparing((Effect e) -> e.after().orElseThrow()))
			.toList();
	}

	public List<Effect> keepsRunning() {
		return with(Outcome.KEEPS_RUNNING);
	}

	private List<Effect> with(Outcome outcome) {
		return this.effects.stream().filter((e) -> e.outcome() == outcome).toList();
	}

}
