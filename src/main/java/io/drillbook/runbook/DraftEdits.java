package io.drillbook.runbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.drillbook.system.PrintableText;
import io.drillbook.system.Refusal;

/**
 * What an architect changed in a generated runbook: the order of steps, the text of some,
 * and steps of their own. Edits are kept apart from the generated text so that they
 * survive regeneration wherever their step still exists.
 *
 * @param order every step's key in the order last arranged; empty when never reordered
 * @param texts edited instruction and check, by step key
 * @param custom steps added by architects
 * @param nextCustom the number the next custom step's key gets
 */
record DraftEdits(List<String> order, Map<String, StepText> texts, List<CustomStep> custom, int nextCustom) {

	public DraftEdits {
		order = List.copyOf(order);
		texts = Map.copyOf(texts);
		custom = List.copyOf(custom);
	}

	public static DraftEdits none() {
		return new DraftEdits(List.of(), Map.of(), List.of(), 1);
	}

	public boolean isEmpty() {
		return this.order.isEmpty() && this.texts.isEmpty() && this.custom.isEmpty();
	}

	/**
	 * An edited text.
	 *
	 * @param instruction the instruction
	 * @param check the check
	 */
	public record StepText(String instruction, String check) {

	}

	/**
	 * A step an architect added.
	 *
	 * @param key its key, {@code custom-}n
	 * @param section its section
	 * @param role the role that performs it
	 * @param minutes expected minutes
	 * @param instruction what to do
	 * @param check how the operator knows it worked
	 * @param why why it is there
	 */
	public record CustomStep(String key, Section section, String role, int minutes, String instruction, String check,
			String why) {

		Step toStep() {
			return new Step(this.key, this.section, false, this.role, this.minutes, this.instruction, this.check,
					this.why, "custom", "", false, Origin.CUSTOM);
		}

	}

	/** The generated runbook with these edits applied. */
	public Runbook applyTo(Runbook generated) {
		List<Step> natural = new ArrayList<>();
		for (Step step : generated.steps()) {
			StepText text = this.texts.get(step.key());
			natural.add((text == null
					|| (text.instruction().equals(step.instruction()) && text.check().equals(step.check()))) ? step
							: step.withText(text.instruction(), text.check(), Origin.EDITED));
		}
		for (CustomStep step : this.custom) {
			int at = lastIndexOfSection(natural, step.section());
			natural.add(at, step.toStep());
		}
		return generated.withSteps(arrange(natural));
	}

	/**
	 * Keys no longer among the steps: their edits wait, unused, in case the step returns.
	 */
	public List<String> orphans(Runbook generated) {
		Set<String> keys = generated.steps().stream().map(Step::key).collect(Collectors.toSet());
		return this.texts.keySet().stream().filter((k) -> !keys.contains(k)).sorted().toList();
	}

	// Steps in the saved order; a step the saved order does not know follows the step
	// that precedes it in the generated order. Sections are never mixed.
	private List<Step> arrange(List<Step> natural) {
		if (this.order.isEmpty()) {
			return natural;
		}
		Map<String, Step> byKey = new LinkedHashMap<>();
		natural.forEach((s) -> byKey.put(s.key(), s));
		List<String> result = new ArrayList<>(this.order.stream().filter(byKey::containsKey).toList());
		String previous = null;
		for (Step step : natural) {
			if (!result.contains(step.key())) {
				int at = (previous == null) ? 0 : result.indexOf(previous) + 1;
				result.add(at, step.key());
			}
			previous = step.key();
		}
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < result.size(); i++) {
			position.put(result.get(i), i);
		}
		return result.stream()
			.map(byKey::get)
			.sorted(Comparator.comparing(Step::section).thenComparing((s) -> position.get(s.key())))
			.toList();
	}

	private static int lastIndexOfSection(List<Step> steps, Section section) {
		int at = 0;
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).section().compareTo(section) <= 0) {
				at = i + 1;
			}
		}
		return at;
	}

	/** Moves a step one place up or down within its section. */
	DraftEdits move(Runbook current, String key, boolean up) {
		List<Step> steps = current.steps();
		int from = indexOf(steps, key);
		int to = up ? from - 1 : from + 1;
		if (to < 0 || to >= steps.size() || steps.get(to).section() != steps.get(from).section()) {
			throw Refusal.invalid("", "The step is already the " + (up ? "first" : "last") + " of its section.")
				.refused();
		}
		List<String> keys = new ArrayList<>(steps.stream().map(Step::key).toList());
		keys.set(from, steps.get(to).key());
		keys.set(to, key);
		return new DraftEdits(keys, this.texts, this.custom, this.nextCustom);
	}

	/** Replaces the text of a step; the generated text back again removes the edit. */
	DraftEdits edit(Runbook generated, String key, String instruction, String check) {
		Step step = generated.steps()
			.stream()
			.filter((s) -> s.key().equals(key))
			.findFirst()
			.or(() -> this.custom.stream().filter((c) -> c.key().equals(key)).findFirst().map(CustomStep::toStep))
			.orElseThrow(() -> Refusal.invalid("", "There is no step " + key + ".").refused());
		String text = required(instruction, "instruction", 4000);
		String checked = step.note() ? "" : required(check, "check", 2000);
		if (step.origin() == Origin.CUSTOM) {
			List<CustomStep> custom = this.custom.stream()
				.map((c) -> c.key().equals(key)
						? new CustomStep(c.key(), c.section(), c.role(), c.minutes(), text, checked, c.why()) : c)
				.toList();
			return new DraftEdits(this.order, this.texts, custom, this.nextCustom);
		}
		Map<String, StepText> texts = new LinkedHashMap<>(this.texts);
		if (text.equals(step.instruction()) && checked.equals(step.check())) {
			texts.remove(key);
		}
		else {
			texts.put(key, new StepText(text, checked));
		}
		return new DraftEdits(this.order, texts, this.custom, this.nextCustom);
	}

	/** Adds a step at the end of its section, or after a given step of that section. */
	DraftEdits add(Runbook current, NewStep added, Set<String> roles) {
		Section section = added.section();
		String why = added.why();
		Optional<String> after = added.after();
		if (!roles.contains(added.role())) {
			throw Refusal.invalid("role", "choose one of " + String.join(", ", roles.stream().sorted().toList()))
				.refused();
		}
		if (added.minutes() < 1 || added.minutes() > 24 * 60) {
			throw Refusal.invalid("minutes", "a step takes between 1 and 1440 minutes.").refused();
		}
		CustomStep step = new CustomStep("custom-" + this.nextCustom, section, added.role(), added.minutes(),
				required(added.instruction(), "instruction", 4000), required(added.check(), "check", 2000),
				(why == null || why.isBlank()) ? "Added by an architect." : required(why, "why", 2000));
		List<String> keys = new ArrayList<>(current.steps().stream().map(Step::key).toList());
		int at = after.map((key) -> indexOf(current.steps(), key) + 1)
			.orElse(lastIndexOfSection(current.steps(), section));
		if (after.isPresent() && current.steps().get(at - 1).section() != section) {
			throw Refusal.invalid("after", "that step is in another section.").refused();
		}
		keys.add(at, step.key());
		List<CustomStep> custom = new ArrayList<>(this.custom);
		custom.add(step);
		return new DraftEdits(keys, this.texts, custom, this.nextCustom + 1);
	}

	/** Removes a custom step, or the edit of a generated one. */
	DraftEdits revert(String key) {
		if (this.custom.stream().anyMatch((c) -> c.key().equals(key))) {
			return new DraftEdits(this.order.stream().filter((k) -> !k.equals(key)).toList(), this.texts,
					this.custom.stream().filter((c) -> !c.key().equals(key)).toList(), this.nextCustom);
		}
		if (!this.texts.containsKey(key)) {
			throw Refusal.invalid("", "The step " + key + " has no edit to undo.").refused();
		}
		Map<String, StepText> texts = new LinkedHashMap<>(this.texts);
		texts.remove(key);
		return new DraftEdits(this.order, texts, this.custom, this.nextCustom);
	}

	private static int indexOf(List<Step> steps, String key) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).key().equals(key)) {
				return i;
			}
		}
		throw Refusal.invalid("", "There is no step " + key + ".").refused();
	}

	private static String required(String value, String field, int max) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty() || text.length() > max) {
			throw Refusal.invalid(field, "write 1 to " + max + " characters.").refused();
		}
		if (!PrintableText.isPrintable(text)) {
			throw Refusal.invalid(field, "remove the control characters.").refused();
		}
		return text;
	}

}
