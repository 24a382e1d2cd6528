package io.drillbook.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.drillbook.topology.file.EnvironmentFile;
import io.drillbook.topology.file.EnvironmentFileCodec;
import io.drillbook.topology.file.EnvironmentFiles;

/**
 * A valid estate of any size, the same every time: a management server with its license
 * server and web access, databases on physical servers, applications spread over HA
 * clusters at two sites, and the capabilities of every cluster.
 */
public final class GeneratedEstate {

	private GeneratedEstate() {
	}

	/** Writes a generated estate in the file format: {@code <components> <file>}. */
	public static void main(String[] args) throws java.io.IOException {
		int components = Integer.parseInt(args[0]);
		EnvironmentFile file = EnvironmentFiles.write(new EnvironmentFile.Header("large-estate",
				"Generated estate (" + components + " components)",
				"Two sites, HA clusters of three hosts, databases on physical servers and applications depending on them."),
				of(components));
		java.nio.file.Files.write(java.nio.file.Path.of(args[1]), new EnvironmentFileCodec().toYaml(file));
	}

	public static Topology of(int components) {
		int clusters = Math.max(2, components / 25);
		int databases = Math.max(1, components / 20);
		List<Site> sites = List.of(new Site("primary", "Primary data centre", SiteRole.PRIMARY),
				new Site("recovery", "Recovery data centre", SiteRole.RECOVERY));
		List<Cluster> clusterList = new ArrayList<>();
		List<Host> hosts = new ArrayList<>();
		for (int c = 0; c < clusters; c++) {
			String site = (c % 4 == 3) ? "recovery" : "primary";
			String key = key("cl", c);
			clusterList.add(new Cluster(key, "Cluster " + c, site, true, c % 2 == 0, true, Optional.of("vc")));
			for (int h = 0; h < 3; h++) {
				hosts.add(new Host(key + "-esx" + h, key + "-esx" + h + ".example.net", site, Optional.of(key),
						HostKind.HYPERVISOR));
			}
		}
		List<Component> list = new ArrayList<>();
		// The management server and the databases must survive losing the primary site,
		// each
		// with a standby server set aside at the recovery site.
		hosts.add(new Host("vc-standby", "vc-standby.example.net", "recovery", Optional.empty(), HostKind.PHYSICAL));
		list.add(component("vc", "VirtualCenter Server", ComponentKind.MANAGEMENT_SERVER,
				Placement.vmOn("cl000", "cl000-esx0"), Set.of("license", "webaccess"), 1)
			.withMustSurvive(Set.of(FailureMode.HOST_FAILURE, FailureMode.SITE_FAILURE))
			.withStandby(Optional.of("vc-standby"), false));
		list.add(component("license", "License Server", ComponentKind.LICENSE_SERVER,
				Placement.vmOn("cl000", "cl000-esx0"), Set.of("vc", "webaccess"), 3));
		list.add(component("webaccess", "Web Access", ComponentKind.WEB_ACCESS, Placement.vmOn("cl000", "cl000-esx0"),
				Set.of("vc", "license"), 2));
		List<Dependency> dependencies = new ArrayList<>(List
			.of(Dependency.withGrace("vc", "license", Duration.ofDays(14)), Dependency.hard("webaccess", "vc")));
		for (int d = 0; d < databases && list.size() < components; d++) {
			String server = key("db", d) + "-srv";
			hosts.add(new Host(server, server + ".example.net", "primary", Optional.empty(), HostKind.PHYSICAL));
			hosts.add(new Host(server + "-dr", server + "-dr.example.net", "recovery", Optional.empty(),
					HostKind.PHYSICAL));
			list.add(component(key("db", d), "Database " + d, ComponentKind.DATABASE, Placement.physical(server),
					Set.of(), 1)
				.withMustSurvive(Set.of(FailureMode.HOST_FAILURE, FailureMode.SITE_FAILURE))
				.withStandby(Optional.of(server + "-dr"), false));
		}
		dependencies.add(Dependency.hard("vc", key("db", 0)));
		for (int c = 0; c < clusters && list.size() + 3 <= components; c++) {
			String cluster = key("cl", c);
			for (String capability : List.of("vmotion", "drs", "ha")) {
				String key = cluster + "-" + capability;
				list.add(component(key, capability.toUpperCase(Locale.ROOT) + " of cluster " + c,
						ComponentKind.CAPABILITY, Placement.capabilityOf(cluster), Set.of(), 3));
				if (!capability.equals("ha")) {
					dependencies.add(Dependency.hard(key, "vc"));
				}
			}
		}
		for (int a = 0; list.size() < components; a++) {
			String cluster = key("cl", a % clusters);
			String key = key("app", a);
			list.add(component(key, "Application " + a, ComponentKind.APPLICATION,
					Placement.vmOn(cluster, cluster + "-esx" + (a % 3)), Set.of(), 2 + a % 3));
			dependencies.add(Dependency.hard(key, key("db", a % databases)));
		}
		return new Topology(sites, clusterList, hosts, list, dependencies);
	}

	private static Component component(String key, String name, ComponentKind kind, Placement placement,
			Set<String> colocatedWith, int tier) {
		// Databases lose at most what the strictest application may lose.
		Duration rpo = (kind == ComponentKind.DATABASE) ? Duration.ofMinutes(15) : Duration.ofHours(1);
		return Component.of(key, name, kind, placement)
			.withPlacement(placement, colocatedWith)
			.withObjectives(Tier.of(tier), Duration.ofHours(4), rpo)
			.withMustSurvive(Set.of(FailureMode.HOST_FAILURE));
	}

	private static String key(String prefix, int number) {
		return String.format(Locale.ROOT, "%s%03d", prefix, number);
	}

}
