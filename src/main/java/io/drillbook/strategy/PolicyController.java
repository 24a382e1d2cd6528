package io.drillbook.strategy;

import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.topology.Durations;
import io.drillbook.topology.Tier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy page: everyone reads the current version and its history; architects save a
 * new version.
 */
@Controller
class PolicyController {

	private final Policies policies;

	private final Measurements measurements;

	PolicyController(Policies policies, Measurements measurements) {
		this.policies = policies;
		this.measurements = measurements;
	}

	@GetMapping("/policy")
	String policy(Model model) {
		Policies.Versioned current = this.policies.current();
		return show(current.version(), values(current.policy()), minimums(current.policy()), List.of(), model);
	}

	@PostMapping("/policy")
	String save(@RequestParam Map<String, String> form,
			@RequestParam(name = "minimumProduct", required = false) List<String> products,
			@RequestParam(name = "minimumStrategy", required = false) List<String> strategies,
			@RequestParam(name = "minimumVersion", required = false) List<String> versions,
			@RequestParam(name = "minimumPatch", required = false) List<String> patches, Principal principal,
			Model model, RedirectAttributes redirect) {
		int basedOn = parseInt(form.get("basedOn")).orElse(-1);
		List<PolicyProblem> problems = new ArrayList<>();
		List<TierPolicy> tiers = new ArrayList<>();
		for (Tier tier : Tier.ALL) {
			Duration rto = duration(form, "rto_" + tier, "tier " + tier + ": RTO", problems);
			Duration rpo = duration(form, "rpo_" + tier, "tier " + tier + ": RPO", problems);
			Optional<Integer> drill = parseInt(form.get("drill_" + tier));
			if (drill.isEmpty()) {
				problems.add(new PolicyProblem("drill_" + tier, "tier " + tier + ": drill frequency in whole days"));
			}
			Map<Strategy, Duration> expected = new EnumMap<>(Strategy.class);
			for (Strategy strategy : Strategy.values()) {
				Duration value = duration(form, "expected_" + tier + "_" + strategy.name(),
						"tier " + tier + ": expected recovery of " + strategy.title(), problems);
				if (value != null) {
					expected.put(strategy, value);
				}
			}
			tiers.add(new TierPolicy(tier, rto, rpo, Duration.ofDays(drill.orElse(0)), expected));
		}
		List<Map<String, String>> minimumRows = new ArrayList<>();
		List<ProductMinimum> minimums = new ArrayList<>();
		for (int i = 0; products != null && i < products.size(); i++) {
			String product = products.get(i).trim();
			String version = at(versions, i);
			if (product.isEmpty() && version.isEmpty()) {
				continue;
			}
			minimumRows.add(Map.of("product", product, "strategy", at(strategies, i), "version", version, "patch",
					at(patches, i)));
			Strategy strategy = parseStrategy(at(strategies, i)).orElse(Strategy.FAILOVER_CLUSTER);
			minimums.add(new ProductMinimum(product, strategy, version, parseInt(at(patches, i)).orElse(-1)));
		}
		if (problems.isEmpty()) {
			try {
				Policies.Versioned saved = this.policies.save(new Policy(tiers, minimums), basedOn,
						form.getOrDefault("note", ""), principal.getName());
				redirect.addFlashAttribute("flashSuccess", "Saved version " + saved.version() + " of the policy.");
				return "redirect:/policy";
			}
			catch (PolicyRejected ex) {
				problems.addAll(ex.problems());
			}
		}
		Map<String, String> values = new LinkedHashMap<>(form);
		return show(basedOn, values, minimumRows, problems, model);
	}

	private String show(int version, Map<String, String> values, List<Map<String, String>> minimums,
			List<PolicyProblem> problems, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("values", values);
		model.addAttribute("minimums", minimums);
		model.addAttribute("problems", problems);
		model.addAttribute("strategies", Strategy.values());
		model.addAttribute("history", this.policies.history());
		model.addAttribute("measured", this.measurements.byStrategyAndTier(this.policies.current().policy()));
		return "strategy/policy";
	}

	private static Map<String, String> values(Policy policy) {
		Map<String, String> values = new LinkedHashMap<>();
		for (TierPolicy tier : policy.tiers()) {
			values.put("rto_" + tier.tier(), Durations.format(tier.rto()));
			values.put("rpo_" + tier.tier(), Durations.format(tier.rpo()));
			values.put("drill_" + tier.tier(), Long.toString(tier.drillEvery().toDays()));
			tier.expectedRecovery()
				.forEach((strategy, expected) -> values.put("expected_" + tier.tier() + "_" + strategy.name(),
						Durations.format(expected)));
		}
		return values;
	}

	private static List<Map<String, String>> minimums(Policy policy) {
		return policy.minimums()
			.stream()
			.map((m) -> Map.of("product", m.product(), "strategy", m.strategy().name(), "version", m.minimumVersion(),
					"patch", Integer.toString(m.minimumPatch())))
			.toList();
	}

	private static Duration duration(Map<String, String> form, String field, String label,
			List<PolicyProblem> problems) {
		Optional<Duration> parsed = Durations.parse(form.get(field));
		if (parsed.isEmpty()) {
			problems.add(new PolicyProblem(field, label + ": write a duration such as 30m, 4h or 2d"));
		}
		return parsed.orElse(null);
	}

	private static Optional<Integer> parseInt(String text) {
		try {
			return Optional.of(Integer.parseInt((text != null) ? text.trim() : ""));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Strategy> parseStrategy(String name) {
		for (Strategy strategy : Strategy.values()) {
			if (strategy.name().equals(name)) {
				return Optional.of(strategy);
			}
		}
		return Optional.empty();
	}

	private static String at(List<String> values, int index) {
		return (values != null && index < values.size() && values.get(index) != null) ? values.get(index).trim() : "";
	}

}
