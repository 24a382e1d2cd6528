package io.drillbook.runbook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.drillbook.strategy.Layer;
import io.drillbook.strategy.Policy;
import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.strategy.Strategy;
import io.drillbook.strategy.TierPolicy;
import io.drillbook.strategy.UnitPlan;
import io.drillbook.system.Sha256;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.Tier;

/**
 * Writes the runbooks of an environment from its plan and the procedure catalog: one per
 * protection unit and scenario whose layer has a strategy, in recovery order.
 */
final class RunbookWriter {

	private RunbookWriter() {
	}

	/**
	 * Every runbook of the environment, site-failure runbooks first, each group in the
	 * order units must be recovered; and the units that get none, with the reason.
	 */
	public static Written write(ProtectionPlan plan, Procedures procedures) {
		RunbookFacts.Estate estate = new RunbookFacts.Estate(plan.environment().topology());
		List<UnitPlan> order = recoveryOrder(plan.plan().units(), estate);
		Map<String, Set<String>> before = unitsNeeded(plan.plan().units(), estate);
		List<Runbook> runbooks = new ArrayList<>();
		List<Unwritten> unwritten = new ArrayList<>();
		for (Scenario scenario : Scenario.values()) {
			for (UnitPlan unit : order) {
				Optional<ProtectionPlan.Choice> choice = plan.choice(unit, scenario.layer());
				if (choice.isEmpty()) {
					boolean required = (scenario.layer() == Layer.LOCAL) ? unit.local().required()
							: unit.site().required();
					if (required) {
						unwritten.add(new Unwritten(unit.key(), unit.name(), scenario,
								"the plan has no strategy for it: see the gaps of the plan"));
					}
					continue;
				}
				Strategy strategy = choice.get().strategy();
				RunbookFacts facts = RunbookFacts.of(estate, unit, scenario);
				List<Step> steps = steps(procedures, estate, unit, strategy, facts);
				if (steps.stream().noneMatch(Step::restoresService)) {
					unwritten.add(new Unwritten(unit.key(), unit.name(), scenario,
							"no procedure of the catalog carries out " + strategy.title() + " for it"));
					continue;
				}
				List<String> first = order.stream()
					.map(UnitPlan::key)
					.filter(before.getOrDefault(unit.key(), Set.of())::contains)
					.toList();
				runbooks.add(new Runbook(plan.environment().key().value(), unit.key(), unit.name(), unit.components(),
						scenario, strategy, choice.get().justification().orElse(""), unit.effectiveRto().toMinutes(),
						first, steps, sources(plan, unit, scenario, choice.get(), facts, procedures)));
			}
		}
		return new Written(runbooks, unwritten);
	}

	private static List<Step> steps(Procedures procedures, RunbookFacts.Estate estate, UnitPlan unit, Strategy strategy,
			RunbookFacts facts) {
		List<Step> steps = new ArrayList<>();
		for (Procedures.Procedure procedure : procedures.procedures()) {
			if (!applies(procedure, estate, unit, strategy)) {
				continue;
			}
			for (Procedures.ProcedureStep step : procedure.steps()) {
				if ((!step.strategies().isEmpty() && !step.strategies().contains(strategy))
						|| !step.when().stream().allMatch(facts::holds)) {
					continue;
				}
				String source = procedure.id() + "/" + step.id();
				if (step.each().isPresent()) {
					for (Map<String, String> item : facts.list(step.each().get())) {
						steps.add(write(step, source + "@" + item.get("key"), source,
								(name) -> name.startsWith("item.") ? item.get(name.substring(5)) : facts.value(name),
								facts));
					}
				}
				else {
					steps.add(write(step, source, source, facts::value, facts));
				}
			}
		}
		steps.sort(Comparator.comparing(Step::section));
		Optional<Step> restoring = steps.stream()
			.filter((s) -> s.section() == Section.FAILOVER && s.restoresService())
			.reduce((first, second) -> second);
		return steps.stream()
			.map((s) -> s.restoringService(restoring.map((r) -> r.key().equals(s.key())).orElse(false)))
			.toList();
	}

	private static Step write(Procedures.ProcedureStep step, String key, String source, Function<String, String> values,
			RunbookFacts facts) {
		String why = step.why().render(values);
		if (step.unless().filter(facts::holds).isPresent()) {
			return new Step(key, step.section(), true, "", 0, step.otherwise().render(values), "", why, source,
					step.rule(), false, Origin.GENERATED);
		}
		if (step.note()) {
			return new Step(key, step.section(), true, "", 0, step.text().render(values), "", why, source, step.rule(),
					false, Origin.GENERATED);
		}
		return new Step(key, step.section(), false, step.role(), step.minutes(), step.text().render(values),
				step.check().render(values), why, source, step.rule(), step.restoresService(), Origin.GENERATED);
	}

	private static boolean applies(Procedures.Procedure procedure, RunbookFacts.Estate estate, UnitPlan unit,
			Strategy strategy) {
		if (!procedure.strategies().isEmpty() && !procedure.strategies().contains(strategy)) {
			return false;
		}
		if (procedure.kinds().isEmpty()) {
			return true;
		}
		return unit.components()
			.stream()
			.map(estate.components::get)
			.anyMatch((c) -> procedure.kinds().contains(c.kind()) && (procedure.products().isEmpty()
					|| procedure.products().stream().anyMatch(c.product()::contains)));
	}

	private static Map<String, String> sources(ProtectionPlan plan, UnitPlan unit, Scenario scenario,
			ProtectionPlan.Choice choice, RunbookFacts facts, Procedures procedures) {
		Map<String, String> sources = new TreeMap<>();
		facts.read().forEach((reference, canonical) -> sources.put(reference, Sha256.of(canonical).hex()));
		sources.put("plan:" + scenario.layer().name().toLowerCase(Locale.ROOT), choice.strategy().name()
				+ choice.justification().map((j) -> " override " + Sha256.of(j).hex()).orElse(""));
		Policy policy = plan.policy();
		Tier tier = plan.environment().topology().tierOf(unit.components());
		TierPolicy tierPolicy = policy.tier(tier);
		sources.put("policy:tier" + tier,
				Sha256
					.of(tierPolicy.rto() + "|" + tierPolicy.rpo() + "|" + tierPolicy.drillEvery() + "|"
							+ new TreeMap<>(tierPolicy.expectedRecovery()))
					.hex());
		sources.put("procedures", procedures.version() + " " + procedures.sha256());
		return sources;
	}

	/** Units before the units that have a hard dependency on them; ties by key. */
	static List<UnitPlan> recoveryOrder(List<UnitPlan> units, RunbookFacts.Estate estate) {
		Map<String, Set<String>> needs = unitsNeeded(units, estate);
		Map<String, UnitPlan> byKey = new HashMap<>();
		units.forEach((u) -> byKey.put(u.key(), u));
		Map<String, Integer> waiting = new HashMap<>();
		Map<String, List<String>> unblocks = new HashMap<>();
		for (UnitPlan unit : units) {
			Set<String> needed = needs.getOrDefault(unit.key(), Set.of());
			waiting.put(unit.key(), needed.size());
			needed.forEach((n) -> unblocks.computeIfAbsent(n, (k) -> new ArrayList<>()).add(unit.key()));
		}
		TreeSet<String> ready = new TreeSet<>();
		waiting.forEach((key, count) -> {
			if (count == 0) {
				ready.add(key);
			}
		});
		List<UnitPlan> order = new ArrayList<>();
		while (!ready.isEmpty()) {
			String next = ready.pollFirst();
			order.add(byKey.get(next));
			for (String dependent : unblocks.getOrDefault(next, List.of())) {
				if (waiting.merge(dependent, -1, Integer::sum) == 0) {
					ready.add(dependent);
				}
			}
		}
		// Co-location can join components into units that need each other; such units
		// follow in key order rather than being dropped.
		units.stream()
			.filter((u) -> !order.contains(u))
			.sorted(Comparator.comparing(UnitPlan::key))
			.forEach(order::add);
		return order;
	}

	private static Map<String, Set<String>> unitsNeeded(List<UnitPlan> units, RunbookFacts.Estate estate) {
		Map<String, String> unitOf = new HashMap<>();
		units.forEach((u) -> u.components().forEach((c) -> unitOf.put(c, u.key())));
		Map<String, Set<String>> needs = new HashMap<>();
		for (UnitPlan unit : units) {
			Deque<String> members = new ArrayDeque<>(unit.components());
			Set<String> needed = new LinkedHashSet<>();
			while (!members.isEmpty()) {
				for (Dependency dependency : estate.needs.getOrDefault(members.pop(), List.of())) {
					String other = unitOf.get(dependency.dependsOn());
					if (dependency.isHard() && other != null && !other.equals(unit.key())) {
						needed.add(other);
					}
				}
			}
			needs.put(unit.key(), needed);
		}
		return needs;
	}

	/**
	 * The outcome of writing an environment's runbooks.
	 *
	 * @param runbooks the runbooks, in recovery order
	 * @param unwritten units and scenarios that need a runbook but get none
	 */
	public record Written(List<Runbook> runbooks, List<Unwritten> unwritten) {

		public Written {
			runbooks = List.copyOf(runbooks);
			unwritten = List.copyOf(unwritten);
		}

		public Optional<Runbook> runbook(String unit, Scenario scenario) {
			return this.runbooks.stream().filter((r) -> r.unit().equals(unit) && r.scenario() == scenario).findFirst();
		}

	}

	/**
	 * A unit and scenario without a runbook.
	 *
	 * @param unit the unit's key
	 * @param unitName its name
	 * @param scenario the scenario
	 * @param reason why there is none
	 */
	public record Unwritten(String unit, String unitName, Scenario scenario, String reason) {

	}

}
