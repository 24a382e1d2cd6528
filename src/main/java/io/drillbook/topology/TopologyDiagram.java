package io.drillbook.topology;

import java.util.ArrayList;
import java.util.HashMap;
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
 * A host with very many VMs, and every host of a very large estate, holds its VMs as one
 * node naming them all, and their arrows are drawn once per pair of nodes with their
 * number. The browser only lays them out.
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

	/**
	 * More VMs than this on one host are drawn as one node: forty dots in one box leave
	 * no label readable.
	 */
	static final int GROUPED_PER_HOST = 40;

	/**
	 * Beyond this many components every host's VMs are drawn as one node, so that the
	 * drawing stays quick to lay out and shows the estate's shape.
	 */
	static final int GROUPED_ESTATE = 1000;

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
		Map<String, List<Component>> vmsOfHost = new LinkedHashMap<>();
		topology.components()
			.stream()
			.filter((c) -> c.placement().kind() == PlacementKind.VM && c.placement().host().isPresent())
			.forEach((c) -> vmsOfHost.computeIfAbsent(c.placement().host().get(), (h) -> new ArrayList<>()).add(c));
		boolean large = topology.components().size() > GROUPED_ESTATE;
		Map<String, String> drawnAs = new HashMap<>();
		vmsOfHost.forEach((host, vms) -> {
			if (vms.size() > GROUPED_PER_HOST || (large && vms.size() > 1)) {
				String id = "vms:" + host;
				vms.forEach((vm) -> drawnAs.put(vm.key(), id));
				elements.add(node(id, vms.size() + " VMs", "host:" + host, "component group",
						Map.of("kind", "VMs drawn together", "members",
								String.join("\n", vms.stream().map(Component::name).toList()), "keys",
								String.join("\n", vms.stream().map(Component::key).toList()))));
			}
		});
		Map<String, Integer> standbys = new LinkedHashMap<>();
		for (Component component : topology.components()) {
			component.standbyHost()
				.ifPresent((standby) -> standbys.merge(drawn(drawnAs, component.key()) + "\u0000host:" + standby, 1,
						Integer::sum));
			if (drawnAs.containsKey(component.key())) {
				continue;
			}
			Placement placement = component.placement();
			String parent = switch (placement.kind()) {
				case PHYSICAL -> "host:" + placement.target();
				case VM -> placement.host().map((h) -> "host:" + h).orElse("cluster:" + placement.target());
				case CLUSTER -> "cluster:" + placement.target();
			};
			elements.add(node("component:" + component.key(), component.name(), parent,
					"component " + component.kind().code(), Map.of("kind", component.kind().title(), "placement",
							placement.toString(), "tier", component.tier().toString(), "key", component.key())));
		}
		standbys.forEach((ends, count) -> {
			String source = ends.substring(0, ends.indexOf('\u0000'));
			String target = ends.substring(ends.indexOf('\u0000') + 1);
			Map<String, String> data = new LinkedHashMap<>();
			data.put("id", "standby:" + source.substring(source.indexOf(':') + 1)
					+ (source.startsWith("vms:") ? " -> " + target : ""));
			data.put("source", source);
			data.put("target", target);
			data.put("label", (count == 1) ? "standby" : count + " standbys");
			elements.add(new Element("edges", data, "standby"));
		});
		Set<Dependency> written = Set.copyOf(topology.dependencies());
		Map<String, Map<String, String>> grouped = new LinkedHashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (Dependency dependency : topology.dependenciesWithDerived()) {
			String source = drawn(drawnAs, dependency.dependent());
			String target = drawn(drawnAs, dependency.dependsOn());
			String classes = (dependency.isHard() ? "hard" : "grace")
					+ (written.contains(dependency) ? "" : " derived");
			if (source.startsWith("component:") && target.startsWith("component:")) {
				Map<String, String> data = new LinkedHashMap<>();
				data.put("id", "dependency:" + Topology.dependencyKey(dependency));
				data.put("source", source);
				data.put("target", target);
				data.put("label", written.contains(dependency)
						? dependency.gracePeriod().map((g) -> g.toDays() + " d grace").orElse("") : "derived");
				elements.add(new Element("edges", data, classes));
			}
			else if (!source.equals(target)) {
				// The dependencies of VMs drawn together are drawn once per pair of
				// nodes, with their number.
				String id = "dependencies:" + source + " -> " + target + " " + classes;
				counts.merge(id, 1, Integer::sum);
				grouped.computeIfAbsent(id, (k) -> {
					Map<String, String> data = new LinkedHashMap<>();
					data.put("id", id);
					data.put("source", source);
					data.put("target", target);
					data.put("classes", classes);
					return data;
				});
			}
		}
		grouped.forEach((id, data) -> {
			int count = counts.get(id);
			String classes = data.remove("classes");
			data.put("label", (count == 1) ? "" : count + " dependencies");
			elements.add(new Element("edges", data, classes));
		});
		return elements;
	}

	private static String drawn(Map<String, String> drawnAs, String component) {
		return drawnAs.getOrDefault(component, "component:" + component);
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
