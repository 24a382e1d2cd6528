package io.drillbook.topology.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.Environments;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.Quorum;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.StaleEdit;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyRejected;

import io.drillbook.topology.web.InfrastructureForms.ClusterForm;
import io.drillbook.topology.web.InfrastructureForms.DependencyForm;
import io.drillbook.topology.web.InfrastructureForms.FailoverClusterForm;
import io.drillbook.topology.web.InfrastructureForms.HostForm;
import io.drillbook.topology.web.InfrastructureForms.SiteForm;
import io.drillbook.topology.DerivedDependencies;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sites, clusters, hosts and dependencies of an environment, edited in place on one page
 * each: every save is checked against the whole topology.
 */
@Controller
@RequestMapping("/environments/{environment}")
class InfrastructureController {

	private final Environments environments;

	InfrastructureController(Environments environments) {
		this.environments = environments;
	}

	@GetMapping("/infrastructure")
	String infrastructure(@PathVariable EnvironmentKey environment, @RequestParam(defaultValue = "") String edit,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		String query = q.trim().toLowerCase(Locale.ROOT);
		model.addAttribute("environment", snapshot);
		model.addAttribute("q", q);
		model.addAttribute("hosts",
				ListPage.of(snapshot.topology()
					.hosts()
					.stream()
					.filter((h) -> query.isEmpty() || h.key().contains(query)
							|| h.name().toLowerCase(Locale.ROOT).contains(query) || h.site().contains(query)
							|| h.cluster().map((c) -> c.contains(query)).orElse(false))
					.toList(), page));
		model.addAttribute("edit", edit);
		model.addAttribute("siteRoles", SiteRole.values());
		model.addAttribute("hostKinds", HostKind.values());
		model.addAttribute("quorums", Quorum.values());
		return "topology/infrastructure";
	}

	@GetMapping("/dependencies")
	String dependencies(@PathVariable EnvironmentKey environment, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		String query = q.trim().toLowerCase(Locale.ROOT);
		model.addAttribute("environment", snapshot);
		model.addAttribute("q", q);
		model.addAttribute("dependencies",
				ListPage.of(snapshot.topology()
					.dependencies()
					.stream()
					.filter((d) -> query.isEmpty() || d.dependent().contains(query) || d.dependsOn().contains(query))
					.toList(), page));
		model.addAttribute("derived", DerivedDependencies.of(snapshot.topology()));
		return "topology/dependencies";
	}

	@PostMapping("/sites")
	String saveSite(@PathVariable EnvironmentKey environment, SiteForm form, Principal principal,
			RedirectAttributes redirect) {
		return apply(environment, form.revision(), (t) -> t.withSite(form.toSite()), "Saved site " + form.key() + ".",
				"infrastructure", principal, redirect);
	}

	@PostMapping("/sites/{site}/delete")
	String removeSite(@PathVariable EnvironmentKey environment, @PathVariable String site, @RequestParam long revision,
			Principal principal, RedirectAttributes redirect) {
		return apply(environment, revision, (t) -> t.withoutSite(site), "Removed site " + site + ".", "infrastructure",
				principal, redirect);
	}

	@PostMapping("/clusters")
	String saveCluster(@PathVariable EnvironmentKey environment, ClusterForm form, Principal principal,
			RedirectAttributes redirect) {
		return apply(environment, form.revision(), (t) -> t.withCluster(form.toCluster()),
				"Saved cluster " + form.key() + ".", "infrastructure", principal, redirect);
	}

	@PostMapping("/clusters/{cluster}/delete")
	String removeCluster(@PathVariable EnvironmentKey environment, @PathVariable String cluster,
			@RequestParam long revision, Principal principal, RedirectAttributes redirect) {
		return apply(environment, revision, (t) -> t.withoutCluster(cluster), "Removed cluster " + cluster + ".",
				"infrastructure", principal, redirect);
	}

	@PostMapping("/failover-clusters")
	String saveFailoverCluster(@PathVariable EnvironmentKey environment, FailoverClusterForm form, Principal principal,
			RedirectAttributes redirect) {
		return apply(environment, form.revision(), (t) -> t.withFailoverCluster(form.toFailoverCluster()),
				"Saved failover cluster " + form.key() + ".", "infrastructure", principal, redirect);
	}

	@PostMapping("/failover-clusters/{failoverCluster}/delete")
	String removeFailoverCluster(@PathVariable EnvironmentKey environment, @PathVariable String failoverCluster,
			@RequestParam long revision, Principal principal, RedirectAttributes redirect) {
		return apply(environment, revision, (t) -> t.withoutFailoverCluster(failoverCluster),
				"Removed failover cluster " + failoverCluster + ".", "infrastructure", principal, redirect);
	}

	@PostMapping("/hosts")
	String saveHost(@PathVariable EnvironmentKey environment, HostForm form, Principal principal,
			RedirectAttributes redirect) {
		return apply(environment, form.revision(), (t) -> t.withHost(form.toHost()), "Saved host " + form.key() + ".",
				"infrastructure", principal, redirect);
	}

	@PostMapping("/hosts/{host}/delete")
	String removeHost(@PathVariable EnvironmentKey environment, @PathVariable String host, @RequestParam long revision,
			Principal principal, RedirectAttributes redirect) {
		return apply(environment, revision, (t) -> t.withoutHost(host), "Removed host " + host + ".", "infrastructure",
				principal, redirect);
	}

	@PostMapping("/dependencies")
	String saveDependency(@PathVariable EnvironmentKey environment, DependencyForm form, Principal principal,
			RedirectAttributes redirect) {
		Optional<String> problem = form.problem();
		if (problem.isPresent()) {
			redirect.addFlashAttribute("flashError", problem.get());
			return "redirect:/environments/" + environment + "/dependencies";
		}
		Dependency dependency = form.toDependency();
		return apply(environment, form.revision(), (t) -> t.withDependency(dependency),
				"Saved the dependency " + Topology.dependencyKey(dependency) + ".", "dependencies", principal,
				redirect);
	}

	@PostMapping("/dependencies/delete")
	String removeDependency(@PathVariable EnvironmentKey environment, @RequestParam long revision,
			@RequestParam String dependent, @RequestParam String dependsOn, Principal principal,
			RedirectAttributes redirect) {
		return apply(environment, revision, (t) -> t.withoutDependency(dependent, dependsOn),
				"Removed the dependency " + dependent + " -> " + dependsOn + ".", "dependencies", principal, redirect);
	}

	private String apply(EnvironmentKey environment, long revision, UnaryOperator<Topology> change, String done,
			String page, Principal principal, RedirectAttributes redirect) {
		try {
			this.environments.change(environment, revision, change, principal.getName());
			redirect.addFlashAttribute("flashSuccess", done);
		}
		catch (TopologyRejected ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("flashError", "Nothing was saved: fix the problems listed below.");
		}
		catch (StaleEdit ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/environments/" + environment + "/" + page;
	}

}
