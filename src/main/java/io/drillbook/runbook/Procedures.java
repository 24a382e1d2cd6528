package io.drillbook.runbook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.drillbook.strategy.Strategy;
import io.drillbook.system.Sha256;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Coded;
import io.drillbook.topology.Durations;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The catalog of procedures runbooks are written from, read from data and checked whole:
 * every role, section, strategy, kind, condition and fact it names must exist, so that a
 * mistake in the catalog stops the application instead of reaching a runbook.
 *
 * @param version the catalog's version, raised with every change of a step
 * @param sha256 the SHA-256 of the catalog's bytes
 * @param roles the roles steps are assigned to
 * @param procedures the procedures, in the order their steps appear within a section
 */
public record Procedures(int version, String sha256, List<RunbookRole> roles, List<Procedure> procedures) {

	static final String FORMAT = "drillbook-procedures/1";

	public Procedures {
		roles = List.copyOf(roles);
		procedures = List.copyOf(procedures);
	}

	public Optional<RunbookRole> role(String key) {
		return this.roles.stream().filter((r) -> r.key().equals(key)).findFirst();
	}

	/**
	 * A role that performs steps.
	 *
	 * @param key its key
	 * @param title its title
	 * @param duty what it answers for
	 */
	public record RunbookRole(String key, String title, String duty) {

	}

	/**
	 * A procedure: the steps one strategy, kind of component or product calls for.
	 *
	 * @param id its id
	 * @param title its title
	 * @param strategies the strategies it applies to; empty for every one
	 * @param kinds it applies when the unit has a component of one of these kinds; empty
	 * for every unit
	 * @param products it applies when such a component's product contains one of these;
	 * empty for every product
	 * @param steps its steps
	 */
	record Procedure(String id, String title, Set<Strategy> strategies, Set<ComponentKind> kinds, List<String> products,
			List<ProcedureStep> steps) {

	}

	/**
	 * One step of a procedure.
	 *
	 * @param id its id within the procedure
	 * @param section where it goes
	 * @param note whether it is a note
	 * @param role who performs it
	 * @param minutes expected minutes
	 * @param text the instruction, or the note
	 * @param check how the operator knows it worked
	 * @param why why it is there
	 * @param rule the strategy rule behind it
	 * @param strategies it applies only to these strategies; empty for every one
	 * @param when conditions that must all hold; a leading {@code !} negates
	 * @param unless a condition that replaces the step with the {@code otherwise} note
	 * @param otherwise the note that says why the step is left out
	 * @param each a list of the unit's facts the step repeats for
	 * @param restoresService whether it can be the step that restores service
	 */
	record ProcedureStep(String id, Section section, boolean note, String role, int minutes, Template text,
			Template check, Template why, String rule, Set<Strategy> strategies, List<String> when,
			Optional<String> unless, Template otherwise, Optional<String> each, boolean restoresService) {

	}

	/**
	 * Reads a catalog.
	 * @throws IllegalArgumentException naming every problem found
	 * <p>
	 * Kept whole: it reads the catalog's top level in one pass and collects every problem
	 * before it answers.
	 */
	static Procedures read(byte[] bytes) {
		Map<?, ?> root;
		try {
			root = YAMLMapper.builder().build().readValue(bytes, Map.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The procedure catalog is not valid YAML: " + ex.getOriginalMessage());
		}
		List<String> problems = new ArrayList<>();
		if (!FORMAT.equals(root.get("format"))) {
			problems.add("format must be " + FORMAT);
		}
		int version = (root.get("version") instanceof Integer v && v > 0) ? v : 0;
		if (version == 0) {
			problems.add("version must be a positive whole number");
		}
		List<RunbookRole> roles = new ArrayList<>();
		for (Map<?, ?> role : maps(root.get("roles"), "roles", problems)) {
			String key = text(role, "key", "role", problems);
			if (roles.stream().anyMatch((r) -> r.key().equals(key))) {
				problems.add("role " + key + " is listed twice");
			}
			roles.add(new RunbookRole(key, text(role, "title", "role " + key, problems),
					text(role, "duty", "role " + key, problems)));
		}
		Set<String> roleKeys = new HashSet<>();
		roles.forEach((r) -> roleKeys.add(r.key()));
		List<Procedure> procedures = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Map<?, ?> entry : maps(root.get("procedures"), "procedures", problems)) {
			String id = text(entry, "id", "procedure", problems);
			if (!ids.add(id)) {
				problems.add("procedure " + id + " is listed twice");
			}
			procedures.add(procedure(id, entry, roleKeys, problems));
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("The procedure catalog has problems: " + String.join("; ", problems));
		}
		return new Procedures(version, Sha256.of(bytes).hex(), roles, procedures);
	}

	private static Procedure procedure(String id, Map<?, ?> entry, Set<String> roles, List<String> problems) {
		String where = "procedure " + id;
		Set<Strategy> strategies = strategies(entry.get("strategies"), where, problems);
		Set<ComponentKind> kinds = EnumSet.noneOf(ComponentKind.class);
		for (String code : strings(entry.get("kinds"), where + " kinds", problems)) {
			Coded.parse(ComponentKind.class, code)
				.ifPresentOrElse(kinds::add, () -> problems.add(where + ": unknown kind '" + code + "'"));
		}
		List<String> steps = new ArrayList<>();
		List<ProcedureStep> parsed = new ArrayList<>();
		for (Map<?, ?> step : maps(entry.get("steps"), where + " steps", problems)) {
			String stepId = text(step, "id", where + " step", problems);
			if (steps.contains(stepId)) {
				problems.add(where + ": step " + stepId + " is listed twice");
			}
			steps.add(stepId);
			parsed.add(step(where + ", step " + stepId, stepId, step, strategies, roles, problems));
		}
		return new Procedure(id, text(entry, "title", where, problems), strategies, kinds,
				strings(entry.get("products"), where + " products", problems), parsed);
	}

	// Kept whole: one step's fields are checked in the order the catalog writes them,
	// each adding its problem.
	private static ProcedureStep step(String where, String id, Map<?, ?> step, Set<Strategy> procedureStrategies,
			Set<String> roles, List<String> problems) {
		Section section = Section.parse(String.valueOf(step.get("section"))).orElse(null);
		if (section == null) {
			problems
				.add(where + ": section must be one of preparation, failover, validation, failback, troubleshooting");
		}
		boolean note = step.containsKey("note");
		Optional<String> each = Optional.ofNullable((String) step.get("each"));
		each.filter((list) -> !RunbookFacts.LISTS.containsKey(list))
			.ifPresent((list) -> problems.add(where + ": unknown list '" + list + "'"));
		Set<String> itemFacts = each.map(RunbookFacts.LISTS::get).orElse(Set.of());
		Template text = template(step, note ? "note" : "do", where, itemFacts, problems);
		Template why = template(step, "why", where, itemFacts, problems);
		String role = "";
		int minutes = 0;
		Template check = Template.compile("");
		if (!note) {
			role = text(step, "role", where, problems);
			if (!role.isEmpty() && !roles.contains(role)) {
				problems.add(where + ": unknown role '" + role + "'");
			}
			Optional<Duration> duration = Durations.parse(String.valueOf(step.get("duration")));
			if (duration.isEmpty()) {
				problems.add(where + ": duration must be like 10m or 1h");
			}
			minutes = duration.map((d) -> (int) d.toMinutes()).orElse(0);
			check = template(step, "check", where, itemFacts, problems);
		}
		Set<Strategy> strategies = strategies(step.get("strategies"), where, problems);
		if (!procedureStrategies.isEmpty() && !procedureStrategies.containsAll(strategies)) {
			problems.add(where + ": names a strategy its procedure does not apply to");
		}
		List<String> when = strings(step.get("when"), where + " when", problems);
		for (String condition : when) {
			if (!RunbookFacts.FLAGS.contains(condition.startsWith("!") ? condition.substring(1) : condition)) {
				problems.add(where + ": unknown condition '" + condition + "'");
			}
		}
		Optional<String> unless = Optional.ofNullable((String) step.get("unless"));
		unless.filter((flag) -> !RunbookFacts.FLAGS.contains(flag))
			.ifPresent((flag) -> problems.add(where + ": unknown condition '" + flag + "'"));
		Template otherwise = Template.compile("");
		if (unless.isPresent()) {
			otherwise = template(step, "otherwise", where, itemFacts, problems);
		}
		String rule = (step.get("rule") != null) ? String.valueOf(step.get("rule")) : "";
		return new ProcedureStep(id, section, note, role, minutes, text, check, why, rule, strategies, when, unless,
				otherwise, each, Boolean.TRUE.equals(step.get("restoresService")));
	}

	private static Template template(Map<?, ?> step, String field, String where, Set<String> itemFacts,
			List<String> problems) {
		String text = text(step, field, where, problems);
		Template template = Template.compile(text);
		for (String name : template.names()) {
			boolean known = RunbookFacts.VALUES.contains(name)
					|| (name.startsWith("item.") && itemFacts.contains(name.substring(5)));
			if (!known) {
				problems.add(where + ": " + field + " names an unknown fact '" + name + "'");
			}
		}
		return template;
	}

	private static Set<Strategy> strategies(Object value, String where, List<String> problems) {
		Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
		for (String code : strings(value, where + " strategies", problems)) {
			Optional<Strategy> strategy = RunbookFacts.strategy(code);
			strategy.ifPresentOrElse(strategies::add, () -> problems.add(where + ": unknown strategy '" + code + "'"));
		}
		return strategies;
	}

	private static String text(Map<?, ?> map, String field, String where, List<String> problems) {
		Object value = map.get(field);
		if (!(value instanceof String text) || text.isBlank()) {
			problems.add(where + ": " + field + " is required");
			return "";
		}
		return text.strip();
	}

	private static List<Map<?, ?>> maps(Object value, String where, List<String> problems) {
		if (!(value instanceof List<?> list)) {
			problems.add(where + " must be a list");
			return List.of();
		}
		List<Map<?, ?>> maps = new ArrayList<>();
		for (Object item : list) {
			if (item instanceof Map<?, ?> map) {
				maps.add(map);
			}
			else {
				problems.add(where + " must hold mappings");
			}
		}
		return maps;
	}

	private static List<String> strings(Object value, String where, List<String> problems) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
			problems.add(where + " must be a list of words");
			return List.of();
		}
		return list.stream().map(String.class::cast).toList();
	}

}
