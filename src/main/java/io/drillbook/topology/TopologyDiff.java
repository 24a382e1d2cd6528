package io.drillbook.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.drillbook.topology.ElementChange.Action;
import io.drillbook.topology.file.EnvironmentFile;
import io.drillbook.topology.file.EnvironmentFiles;

/**
 * The element-by-element difference between two topologies, compared in the file format
 * so that what an architect sees changed is what the file says changed.
 */
public final class TopologyDiff {

	private TopologyDiff() {
	}

	public static List<ElementChange> between(Topology before, Topology after) {
		EnvironmentFile old = EnvironmentFiles.write(null, before);
		EnvironmentFile now = EnvironmentFiles.write(null, after);
		List<ElementChange> changes = new ArrayList<>();
		compare("site", old.sites(), now.sites(), EnvironmentFile.SiteEntry::key, changes);
		compare("cluster", old.clusters(), now.clusters(), EnvironmentFile.ClusterEntry::key, changes);
		compare("host", old.hosts(), now.hosts(), EnvironmentFile.HostEntry::key, changes);
		compare("component", old.components(), now.components(), EnvironmentFile.ComponentEntry::key, changes);
		compare("dependency", old.dependencies(), now.dependencies(), (d) -> d.dependent() + " -> " + d.dependsOn(),
				changes);
		compare("failover cluster", old.failoverClusterEntries(), now.failoverClusterEntries(),
				EnvironmentFile.FailoverClusterEntry::key, changes);
		return changes;
	}

	private static <T> void compare(String type, List<T> before, List<T> after, Function<T, String> key,
			List<ElementChange> changes) {
		Map<String, T> old = index(before, key);
		Map<String, T> now = index(after, key);
		now.forEach((k, element) -> {
			T previous = old.get(k);
			if (previous == null) {
				changes.add(new ElementChange(type, k, Action.CREATED, Optional.empty(), Optional.of(element)));
			}
			else if (!previous.equals(element)) {
				changes.add(new ElementChange(type, k, Action.CHANGED, Optional.of(previous), Optional.of(element)));
			}
		});
		old.forEach((k, element) -> {
			if (!now.containsKey(k)) {
				changes.add(new ElementChange(type, k, Action.REMOVED, Optional.of(element), Optional.empty()));
			}
		});
	}

	private static <T> Map<String, T> index(List<T> elements, Function<T, String> key) {
		Map<String, T> byKey = new LinkedHashMap<>();
		elements.forEach((element) -> byKey.put(key.apply(element), element));
		return byKey;
	}

}
