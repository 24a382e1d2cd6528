package io.drillbook.topology.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import java.util.List;

import io.drillbook.topology.Dependency;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.Environments;
import io.drillbook.topology.TopologyDiagram;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The topology diagram of an environment and the elements it is drawn from.
 */
@Controller
class TopologyDiagramController {

	private final Environments environments;

	private final JsonMapper json;

	TopologyDiagramController(Environments environments, JsonMapper json) {
		this.environments = environments;
		this.json = json;
	}

	@GetMapping("/environments/{environment}/diagram")
	String diagram(@PathVariable EnvironmentKey environment, Model model) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		model.addAttribute("environment", snapshot);
		// By dependent, so that the list below the diagram costs what it shows.
		Map<String, List<Dependency>> needs = new HashMap<>();
		snapshot.topology()
			.dependencies()
			.forEach((d) -> needs.computeIfAbsent(d.dependent(), (k) -> new ArrayList<>()).add(d));
		model.addAttribute("needs", needs);
		// The elements come with the page, which saves a request and a second reading
		// of the topology. A less-than sign is escaped, so no name can close the script
		// element that holds them.
		model.addAttribute("elements",
				this.json.writeValueAsString(TopologyDiagram.of(snapshot.topology()))
					.replace("<", "\\u003c")
					.replace(">", "\\u003e")
					.replace("&", "\\u0026"));
		return "topology/diagram";
	}

	@GetMapping("/environments/{environment}/diagram.json")
	@ResponseBody
	List<TopologyDiagram.Element> elements(@PathVariable EnvironmentKey environment) {
		return TopologyDiagram.of(this.environments.require(environment).topology());
	}

}
