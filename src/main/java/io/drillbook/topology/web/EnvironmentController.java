package io.drillbook.topology.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.Component;
import io.drillbook.topology.Durations;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.Environments;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.StaleEdit;
import io.drillbook.topology.Tier;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyRejected;

import io.drillbook.system.Refusal;

import io.drillbook.topology.file.EnvironmentFile;
import io.drillbook.topology.file.EnvironmentFileCodec;
import io.drillbook.topology.web.InfrastructureForms.DescriptionForm;
import io.drillbook.topology.web.InfrastructureForms.NewEnvironmentForm;
import io.drillbook.system.FieldErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The environments: list, create, overview with a searchable component table, rename,
 * remove, export and change history.
 */
@Controller
@RequestMapping("/environments")
class EnvironmentController {

	private final Environments environments;

	private final EnvironmentFileCodec codec;

	EnvironmentController(Environments environments, EnvironmentFileCodec codec) {
		this.environments = environments;
		this.codec = codec;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("environments", this.environments.summaries());
		return "topology/environments";
	}

	@GetMapping("/new")
	String newEnvironment(Model model) {
		model.addAttribute("form", NewEnvironmentForm.blank());
		return "topology/environment-new";
	}

	@PostMapping
	String create(@ModelAttribute("form") NewEnvironmentForm form, BindingResult errors, Principal principal,
			RedirectAttributes redirect) {
		try {
			EnvironmentSnapshot created = this.environments.create(form.key(), form.name(), form.description(),
					Topology.empty(), principal.getName());
			redirect.addFlashAttribute("flashSuccess",
					"Created " + created.name() + ". Add its sites, clusters and hosts, then its components.");
			return "redirect:/environments/" + created.key();
		}
		catch (TopologyRejected ex) {
			ex.problems()
				.forEach((problem) -> FieldErrors.add(Refusal.invalid(problem.field(), problem.message()), errors));
			return "topology/environment-new";
		}
	}

	@GetMapping("/{key}")
	String overview(@PathVariable EnvironmentKey key, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		EnvironmentSnapshot environment = this.environments.require(key);
		model.addAttribute("form", DescriptionForm.of(environment));
		return (htmx != null) ? overview(environment, q, page, model) + " :: components"
				: overview(environment, q, page, model);
	}

	private String overview(EnvironmentSnapshot environment, String q, int page, Model model) {
		ListPage<Component> found = ListPage.of(search(environment.topology(), q), page);
		model.addAttribute("environment", environment);
		model.addAttribute("q", q);
		model.addAttribute("page", found.page());
		model.addAttribute("pages", found.pages());
		model.addAttribute("matching", found.matching());
		model.addAttribute("components", found.items().stream().map(ComponentRow::of).toList());
		model.addAttribute("pendingObjectives",
				environment.topology().components().stream().filter(Component::objectivesPending).count());
		return "topology/environment";
	}

	@PostMapping("/{key}")
	String describe(@PathVariable EnvironmentKey key, @ModelAttribute("form") DescriptionForm form,
			BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			// Only a form not sent from the page lacks its revision.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "revision: send the revision the form showed");
		}
		try {
			this.environments.describe(key, form.revision(), form.name(), form.description(), principal.getName());
			redirect.addFlashAttribute("flashSuccess", "Saved the name and description.");
			return "redirect:/environments/" + key;
		}
		catch (TopologyRejected ex) {
			ex.problems()
				.forEach((problem) -> FieldErrors.add(Refusal.invalid(problem.field(), problem.message()), errors));
		}
		catch (StaleEdit ex) {
			errors.reject("stale", ex.getMessage());
		}
		return overview(this.environments.require(key), "", 0, model);
	}

	@PostMapping("/{key}/delete")
	String remove(@PathVariable EnvironmentKey key, @RequestParam(defaultValue = "") String confirmKey,
			Principal principal, RedirectAttributes redirect) {
		EnvironmentSnapshot environment = this.environments.require(key);
		if (!key.value().equals(confirmKey.trim())) {
			redirect.addFlashAttribute("flashError", "Type the key " + key + " to confirm the removal.");
			return "redirect:/environments/" + key;
		}
		this.environments.remove(key, principal.getName());
		redirect.addFlashAttribute("flashSuccess", "Removed " + environment.name() + ".");
		return "redirect:/environments";
	}

	@GetMapping("/{key}/export.{notation}")
	ResponseEntity<byte[]> export(@PathVariable EnvironmentKey key, @PathVariable String notation,
			Principal principal) {
		boolean json = "json".equals(notation.toLowerCase(Locale.ROOT));
		if (!json && !"yaml".equals(notation.toLowerCase(Locale.ROOT))) {
			throw Refusal.missing("No " + "export format '" + notation + "'; use yaml or json").refused();
		}
		EnvironmentFile file = this.environments.export(key, json ? "json" : "yaml", principal.getName()).file();
		byte[] content = json ? this.codec.toJson(file) : this.codec.toYaml(file);
		return ResponseEntity.ok()
			.contentType(
					json ? MediaType.APPLICATION_JSON : new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(key + "." + notation).build().toString())
			.body(content);
	}

	@GetMapping("/{key}/history")
	String history(@PathVariable EnvironmentKey key, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("environment", this.environments.require(key));
		model.addAttribute("changes", this.environments.history(key, PageRequest.of(Math.max(page, 0), ListPage.SIZE)));
		return "topology/history";
	}

	static List<Component> search(Topology topology, String query) {
		String q = query.trim().toLowerCase(Locale.ROOT);
		List<Component> result = new ArrayList<>();
		for (Component component : topology.components()) {
			if (q.isEmpty() || matches(component, q)) {
				result.add(component);
			}
		}
		result.sort(Comparator.comparing(Component::tier).thenComparing(Component::name));
		return result;
	}

	private static boolean matches(Component component, String q) {
		return component.key().contains(q) || component.name().toLowerCase(Locale.ROOT).contains(q)
				|| component.kind().code().contains(q) || component.product().toLowerCase(Locale.ROOT).contains(q)
				|| component.placement().target().contains(q)
				|| component.placement().host().map((h) -> h.contains(q)).orElse(false);
	}

	/**
	 * A component as the overview table shows it.
	 *
	 * @param key key
	 * @param name name
	 * @param kind kind title
	 * @param placement placement in words
	 * @param tier tier
	 * @param rto RTO
	 * @param rpo RPO
	 * @param mustSurvive failure codes
	 */
	record ComponentRow(String key, String name, String kind, String placement, Tier tier, String rto, String rpo,
			List<String> mustSurvive) {

		static ComponentRow of(Component c) {
			return new ComponentRow(c.key(), c.name(), c.kind().title(), c.placement().toString(), c.tier(),
					Durations.format(c.rto()), Durations.format(c.rpo()),
					c.mustSurvive().stream().sorted().map(FailureMode::code).toList());
		}

	}

}
