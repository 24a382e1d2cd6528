package io.drillbook.topology.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.Environments;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.PlacementKind;
import io.drillbook.topology.Problem;
import io.drillbook.topology.StaleEdit;
import io.drillbook.topology.TopologyRejected;
import io.drillbook.topology.VmFacts;

import io.drillbook.system.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating, editing and removing the components of an environment.
 */
@Controller
@RequestMapping("/environments/{environment}/components")
class ComponentController {

	private final Environments environments;

	ComponentController(Environments environments) {
		this.environments = environments;
	}

	@GetMapping("/new")
	String newComponent(@PathVariable EnvironmentKey environment, Model model) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		ComponentForm form = new ComponentForm();
		form.setRevision(snapshot.revision());
		return form(snapshot, form, true, model);
	}

	@PostMapping
	String create(@PathVariable EnvironmentKey environment, @ModelAttribute("form") ComponentForm form,
			BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		if (snapshot.topology().component(form.getKey().trim()).isPresent()) {
			errors.rejectValue("key", "taken", "A component with this key exists; choose another key.");
			return form(snapshot, form, true, model);
		}
		return save(snapshot, form, errors, principal, model, redirect, true);
	}

	@GetMapping("/{component}")
	String edit(@PathVariable EnvironmentKey environment, @PathVariable String component, Model model) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		Component existing = snapshot.topology()
			.component(component)
			.orElseThrow(() -> Refusal.missing("No " + "component '" + component + "' in " + environment).refused());
		return form(snapshot, ComponentForm.of(existing, snapshot.revision()), false, model);
	}

	@PostMapping("/{component}")
	String update(@PathVariable EnvironmentKey environment, @PathVariable String component,
			@ModelAttribute("form") ComponentForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		snapshot.topology()
			.component(component)
			.orElseThrow(() -> Refusal.missing("No " + "component '" + component + "' in " + environment).refused());
		form.setKey(component);
		return save(snapshot, form, errors, principal, model, redirect, false);
	}

	@PostMapping("/{component}/delete")
	String remove(@PathVariable EnvironmentKey environment, @PathVariable String component, @RequestParam long revision,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.environments.change(environment, revision, (topology) -> topology.withoutComponent(component),
					principal.getName());
			redirect.addFlashAttribute("flashSuccess", "Removed " + component + " and its dependencies.");
			return "redirect:/environments/" + environment;
		}
		catch (TopologyRejected ex) {
			redirect.addFlashAttribute("flashError", "Cannot remove " + component + ": " + ex.getMessage());
		}
		catch (StaleEdit ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/environments/" + environment + "/components/" + component;
	}

	private String save(EnvironmentSnapshot snapshot, ComponentForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes redirect, boolean creating) {
		List<Problem> problems = new ArrayList<>();
		Component component = form.toComponent(problems);
		if (problems.isEmpty()) {
			try {
				this.environments.change(snapshot.key(), form.getRevision(),
						// The form does not show what vSphere reports about the VM; an
						// edit keeps it.
						(topology) -> topology.withComponent(component
							.withVm(topology.component(component.key()).map(Component::vm).orElse(VmFacts.NONE))),
						principal.getName());
				redirect.addFlashAttribute("flashSuccess", (creating ? "Added " : "Saved ") + component.name() + ".");
				return "redirect:/environments/" + snapshot.key();
			}
			catch (TopologyRejected ex) {
				problems.addAll(ex.problems());
			}
			catch (StaleEdit ex) {
				model.addAttribute("flashError", ex.getMessage());
			}
		}
		List<Problem> elsewhere = new ArrayList<>();
		for (Problem problem : problems) {
			String field = ComponentForm.formField(problem.field());
			if (!field.isEmpty() && problem.location().equals("component " + form.getKey().trim())) {
				errors.rejectValue(field, "topology", problem.message());
			}
			else {
				elsewhere.add(problem);
			}
		}
		model.addAttribute("problems", elsewhere);
		return form(snapshot, form, creating, model);
	}

	private String form(EnvironmentSnapshot snapshot, ComponentForm form, boolean creating, Model model) {
		model.addAttribute("environment", snapshot);
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		if (!creating) {
			String component = form.getKey().trim();
			model.addAttribute("dependencies",
					snapshot.topology()
						.dependencies()
						.stream()
						.filter((d) -> d.dependent().equals(component) || d.dependsOn().equals(component))
						.toList());
			model.addAttribute("vm", snapshot.topology().component(component).map(Component::vm).orElse(VmFacts.NONE));
			model.addAttribute("objectivesPending",
					snapshot.topology().component(component).map(Component::objectivesPending).orElse(false));
		}
		model.addAttribute("kinds", ComponentKind.values());
		model.addAttribute("placementKinds", PlacementKind.values());
		model.addAttribute("failureModes", FailureMode.values());
		return "topology/component-form";
	}

}
