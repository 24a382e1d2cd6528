package io.drillbook.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The diagram of a topology as graph elements: sites contain clusters and physical hosts,
 * clusters contain their hosts, a host contains the VMs known to run on it and what is
 * installed on it, a cluster the VMs whose host is not known and the capabilities it
 * provides; dependencies are arrows from the dependent to what it needs, and a dotted
 * arrow leads from a component to the standby host set aside for it at the recovery site.
 * The browser only lays them out.
 */
public final class TopologyDiagram {

	private TopologyDiagram() {
	}

	/**
	 * One node or edge, in the shape the graph library reads.
	 *
	 * @param group {@code nodes} or {@code edges}
	 * @param data id, label, parent, source, target and details
	 * @param classes style classes
	 */
	public record Element(String group, Map<String, String> data, String classes) {

	}

	public static List<Element> of(Topology topology) {
		List<Element> elements = new ArrayList<>();
		for (Site site : topology.sites()) {
			elements.add(node("site:" + site.key(), site.name() + " (" + site.role().code() + ")", null,
					"site " + site.role().code(), Map.of("kind", "site")));
		}
		for (Cluster cluster : topology.clusters()) {
			String flags = (cluster.haEnabled() ? "HA" : "no HA") + (cluster.drsEnabled() ? ", DRS" : "");
			elements.add(node("cluster:" + cluster.key(), cluster.name() + " [" + flags + "]", "site:" + cluster.site(),
					cluster.haEnabled() ? "cluster ha" : "cluster", Map.of("kind", "cluster")));
		}
		for (Host host : topology.hosts()) {
			String parent = host.cluster().map((c) -> "cluster:" + c).orElse("site:" + host.site());
			elements.add(node("host:" + host.key(), host.name(), parent, "host " + host.kind().code(),
					Map.of("kind", host.kind().code() + " host")));
		}
		for (Component component : topology.components()) {
			Placement placement = component.placement();
			String parent = switch (placement.kind()) {
				case PHYSICAL -> "host:" + placement.target();
				case VM -> placement.host().map((h) -> "host:" + h).orElse("cluster:" + placement.target());
				case CLUSTER -> "cluster:" + placement.target();
			};
			elements.add(node("component:" + component.key(), component.name(), parent,
					"component " + component.kind().code(), Map.of("kind", component.kind().title(), "placement",
							placement.toString(), "tier", component.tier().toString(), "key", component.key())));
			component.standbyHost().ifPresent((standby) -> {
				Map<String, String> data = new LinkedHashMap<>();
				data.put("id", "standby:" + component.key());
				data.put("source", "component:" + component.key());
				data.put("target", "host:" + standby);
				data.put("label", "standby");
				elements.add(new Element("edges", data, "standby"));
			});
		}
		Set<Dependency> written = Set.copyOf(topology.dependencies());
		for (Dependency dependency : topology.dependenciesWithDerived()) {
			Map<String, String> data = new LinkedHashMap<>();
			data.put("id", "dependency:" + Topology.dependencyKey(dependency));
			data.put("source", "component:" + dependency.dependent());
			data.put("target", "component:" + dependency.dependsOn());
			data.put("label", written.contains(dependency)
					? dependency.gracePeriod().map((g) -> g.toDays() + " d grace").orElse("") : "derived");
			elements.add(new Element("edges", data,
					(dependency.isHard() ? "hard" : "grace") + (written.contains(dependency) ? "" : " derived")));
		}
		return elements;
	}

	private static Element node(String id, String label, String parent, String classes, Map<String, String> details) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("id", id);
		data.put("label", label);
		if (parent != null) {
			data.put("parent", parent);
		}
		data.putAll(details);
		return new Element("nodes", data, classes);
	}

}
