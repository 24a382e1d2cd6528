package io.drillbook.topology.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentSelection;
import io.drillbook.topology.Durations;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.Environments;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.ObjectiveAssignment;
import io.drillbook.topology.StaleEdit;
import io.drillbook.topology.TopologyRejected;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tiers and objectives assigned in bulk: what an inventory import left pending, and the
 * components a pattern on name, folder, resource pool, notes or a custom attribute
 * reaches, previewed before they are given their objectives in one change.
 */
@Controller
@RequestMapping("/environments/{environment}/objectives")
class ObjectivesController {

	/** How many reached or pending components a page lists; the counts are whole. */
	private static final int SHOWN = 50;

	private final Environments environments;

	ObjectivesController(Environments environments) {
		this.environments = environments;
	}

	@GetMapping
	String objectives(@PathVariable EnvironmentKey environment, ObjectivesForm form, Model model) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		ObjectivesForm shown = !form.hasSelection() ? ObjectivesForm.blank()
				: form.mustSurvive().isEmpty() ? form.surviving(ObjectivesForm.blank().mustSurvive()) : form;
		Map<String, String> problems = new TreeMap<>();
		Optional<ComponentSelection> selection = shown.hasSelection() ? shown.selection(problems) : Optional.empty();
		return page(snapshot, shown, selection, problems, model);
	}

	@PostMapping
	String assign(@PathVariable EnvironmentKey environment, ObjectivesForm form, Principal principal, Model model,
			RedirectAttributes redirect) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		Map<String, String> problems = new TreeMap<>();
		Optional<ObjectiveAssignment> assignment = form.assignment(problems);
		if (assignment.isPresent()) {
			int reached = assignment.get().reached(snapshot.topology()).size();
			if (reached == 0) {
				problems.put("pattern",
						"no component matches " + assignment.get().selection().describe() + "; nothing was changed");
			}
			else {
				try {
					this.environments.change(environment, (form.revision() != null) ? form.revision() : -1,
							assignment.get()::applyTo, principal.getName());
					ObjectiveAssignment a = assignment.get();
					redirect.addFlashAttribute("flashSuccess",
							"Gave tier " + a.tier().level() + ", an RTO of " + Durations.format(a.rto())
									+ " and an RPO of " + Durations.format(a.rpo()) + " to " + reached + " component"
									+ ((reached == 1) ? "" : "s") + " (" + a.selection().describe() + ").");
					return "redirect:/environments/" + environment + "/objectives";
				}
				catch (StaleEdit ex) {
					model.addAttribute("flashError", ex.getMessage());
				}
				catch (TopologyRejected ex) {
					model.addAttribute("flashError", "Not assigned: " + ex.getMessage());
				}
			}
		}
		// The problems of the selection are among those of the assignment already.
		Optional<ComponentSelection> selection = form.selection(new TreeMap<>());
		return page(snapshot, form, selection, problems, model);
	}

	private String page(EnvironmentSnapshot snapshot, ObjectivesForm form, Optional<ComponentSelection> selection,
			Map<String, String> problems, Model model) {
		List<Component> components = snapshot.topology().components();
		List<Component> pending = components.stream().filter(Component::objectivesPending).toList();
		model.addAttribute("environment", snapshot);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("total", components.size());
		model.addAttribute("pendingCount", pending.size());
		model.addAttribute("pending", pending.stream().limit(SHOWN).toList());
		selection.ifPresent((s) -> {
			List<Component> reached = components.stream().filter(s.matcher()).toList();
			model.addAttribute("selection", s);
			model.addAttribute("reachedCount", reached.size());
			model.addAttribute("reached", reached.stream().limit(SHOWN).toList());
		});
		TreeSet<String> attributes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		components.forEach((c) -> attributes.addAll(c.vm().attributes().keySet()));
		model.addAttribute("attributes", attributes);
		model.addAttribute("fields", ComponentSelection.Field.values());
		model.addAttribute("failureModes", FailureMode.values());
		return "topology/objectives";
	}

}
