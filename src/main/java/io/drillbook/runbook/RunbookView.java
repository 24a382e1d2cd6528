package io.drillbook.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A runbook laid out for reading: steps numbered across sections (notes carry no number),
 * grouped by section, with role titles.
 *
 * @param runbook the runbook
 * @param sections its sections that have steps, in order
 * @param totalMinutes the expected minutes of every step but troubleshooting
 * @param restoringStep the number of the step that restores service
 */
record RunbookView(Runbook runbook, List<SectionView> sections, int totalMinutes, int restoringStep) {

	public RunbookView {
		sections = List.copyOf(sections);
	}

	/**
	 * One section.
	 *
	 * @param section the section
	 * @param steps its steps
	 */
	public record SectionView(Section section, List<StepView> steps) {

		public SectionView {
			steps = List.copyOf(steps);
		}

	}

	/**
	 * One step.
	 *
	 * @param number its number; 0 for a note
	 * @param step the step
	 * @param roleTitle the title of its role; empty for a note
	 * @param first whether it is the first of its section
	 * @param last whether it is the last of its section
	 */
	public record StepView(int number, Step step, String roleTitle, boolean first, boolean last) {

	}

	static RunbookView of(Runbook runbook, Procedures procedures) {
		List<SectionView> sections = new ArrayList<>();
		int number = 0;
		int total = 0;
		int restoring = 0;
		for (Section section : Section.values()) {
			List<Step> steps = runbook.steps().stream().filter((s) -> s.section() == section).toList();
			if (steps.isEmpty()) {
				continue;
			}
			List<StepView> views = new ArrayList<>();
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				int n = step.note() ? 0 : ++number;
				if (section != Section.TROUBLESHOOTING) {
					total += step.minutes();
				}
				if (step.restoresService()) {
					restoring = n;
				}
				String role = procedures.role(step.role()).map(Procedures.RunbookRole::title).orElse(step.role());
				views.add(new StepView(n, step, role, i == 0, i == steps.size() - 1));
			}
			sections.add(new SectionView(section, views));
		}
		return new RunbookView(runbook, sections, total, restoring);
	}

	public Optional<StepView> step(String key) {
		return this.sections.stream()
			.flatMap((s) -> s.steps().stream())
			.filter((v) -> v.step().key().equals(key))
			.findFirst();
	}

}
