package io.drillbook.drill;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an operator does to a step, and from which states it may be done.
 */
enum StepAction {

	/** Begin working on the step. */
	START(Set.of(StepState.PENDING, StepState.FAILED), StepState.RUNNING, false),

	/** The step is done and its check passed; starting it first is not required. */
	COMPLETE(Set.of(StepState.PENDING, StepState.RUNNING), StepState.DONE, false),

	/** Leave the step out; the reason is required. */
	SKIP(Set.of(StepState.PENDING, StepState.RUNNING), StepState.SKIPPED, true),

	/** The step or its check failed; what happened is required. */
	FAIL(Set.of(StepState.PENDING, StepState.RUNNING), StepState.FAILED, true);

	private final Set<StepState> from;

	private final StepState to;

	private final boolean needsText;

	StepAction(Set<StepState> from, StepState to, boolean needsText) {
		this.from = from;
		this.to = to;
		this.needsText = needsText;
	}

	public StepState to() {
		return this.to;
	}

	public boolean needsText() {
		return this.needsText;
	}

	/**
	 * Why the action cannot be taken on a step in the given state, or nothing when it
	 * can.
	 */
	public Optional<String> refusal(StepState state, String text) {
		if (!this.from.contains(state)) {
			return Optional.of("a " + state.name().toLowerCase(Locale.ROOT) + " step cannot be " + verb()
					+ (state == StepState.FAILED ? "; start it again first" : ""));
		}
		if (this.needsText && (text == null || text.isBlank())) {
			return Optional.of((this == SKIP) ? "reason: say why the step is skipped" : "note: say what failed");
		}
		if (text != null && text.length() > 2000) {
			return Optional.of((this == SKIP ? "reason" : "note") + ": at most 2000 characters");
		}
		return Optional.empty();
	}

	/** The past participle, for messages: started, completed, skipped, failed. */
	public String verb() {
		return switch (this) {
			case START -> "started";
			case COMPLETE -> "completed";
			case SKIP -> "skipped";
			case FAIL -> "failed";
		};
	}

	public static Optional<StepAction> parse(String text) {
		for (StepAction action : values()) {
			if (action.name().equalsIgnoreCase(text)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

}
