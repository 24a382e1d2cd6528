package io.drillbook.topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dependencies that follow from the clusters, so that architects need not write them:
 * a cluster's VMotion, and its DRS when DRS is on, are driven by the management server
 * that manages the cluster and stop while it is down, whereas HA, once configured, runs
 * on the hosts alone (the reference report's first facts). A dependency written by hand
 * is not derived again.
 */
public final class DerivedDependencies {

	/** The rule that derives them, as the dependency page and the plan cite it. */
	public static final String RULE = "T1";

	private static final Pattern VMOTION = Pattern.compile("v\\s*-?motion");

	private static final Pattern DRS = Pattern.compile("\\bdrs\\b|distributed resource scheduler");

	private DerivedDependencies() {
	}

	/**
	 * A dependency and why it holds.
	 *
	 * @param dependency the capability needing its management server
	 * @param reason why, naming the cluster and the management server
	 */
	public record Derived(Dependency dependency, String reason) {

	}

	public static List<Derived> of(Topology topology) {
		Set<String> written = new HashSet<>();
		topology.dependencies().forEach((d) -> written.add(d.dependent() + "\u0000" + d.dependsOn()));
		Map<String, Cluster> clusters = topology.clustersByKey();
		List<Derived> derived = new ArrayList<>();
		for (Component capability : topology.components()) {
			if (capability.kind() != ComponentKind.CAPABILITY
					|| capability.placement().kind() != PlacementKind.CLUSTER) {
				continue;
			}
			Cluster cluster = clusters.get(capability.placement().target());
			if (cluster == null || cluster.managedBy().isEmpty()) {
				continue;
			}
			String manager = cluster.managedBy().get();
			String what = capability.name() + " " + capability.key() + " " + capability.product();
			String text = what.toLowerCase(Locale.ROOT);
			boolean vmotion = VMOTION.matcher(text).find();
			boolean drs = cluster.drsEnabled() && DRS.matcher(text).find();
			if ((vmotion || drs) && !manager.equals(capability.key())
					&& !written.contains(capability.key() + "\u0000" + manager)) {
				String managerName = topology.component(manager).map(Component::name).orElse(manager);
				derived.add(new Derived(Dependency.hard(capability.key(), manager),
						capability.name() + " of " + cluster.name() + " is driven by " + managerName
								+ ", which manages the cluster, and is not available while it is down"
								+ (vmotion ? "" : " (DRS is on in the cluster)") + "."));
			}
		}
		return derived;
	}

}
