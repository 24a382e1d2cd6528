package io.drillbook.topology;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Something that must be protected: a management server, a license server, a database, an
 * application, or a capability such as VMotion.
 *
 * @param key the component's key, unique in its environment
 * @param name a readable name
 * @param kind what it is
 * @param product the product, for example {@code VirtualCenter}
 * @param version the product version, for example {@code 2.0.2}
 * @param patchLevel the patch level, for example {@code patch 2}; empty when none
 * @param placement where it runs
 * @param colocatedWith keys of the components installed on the same server; they are
 * protected as one unit
 * @param tier criticality, 1 the most critical
 * @param rto recovery-time objective
 * @param rpo recovery-point objective
 * @param mustSurvive the failures it must survive
 * @param stateFiles files kept outside its database that a standby needs
 * @param standbyCanTakeOverIp whether a standby can take over the primary's IP address
 * @param standbyHost the host at a recovery site that a standby of the component runs on,
 * when one is set aside
 */
public record Component(String key, String name, ComponentKind kind, String product, String version, String patchLevel,
		Placement placement, Set<String> colocatedWith, int tier, Duration rto, Duration rpo,
		Set<FailureMode> mustSurvive, List<String> stateFiles, boolean standbyCanTakeOverIp,
		Optional<String> standbyHost) {

	public Component {
		colocatedWith = Set.copyOf(colocatedWith);
		mustSurvive = Set.copyOf(mustSurvive);
		stateFiles = List.copyOf(stateFiles);
	}

	/** A component with no standby host set aside. */
	public Component(String key, String name, ComponentKind kind, String product, String version, String patchLevel,
			Placement placement, Set<String> colocatedWith, int tier, Duration rto, Duration rpo,
			Set<FailureMode> mustSurvive, List<String> stateFiles, boolean standbyCanTakeOverIp) {
		this(key, name, kind, product, version, patchLevel, placement, colocatedWith, tier, rto, rpo, mustSurvive,
				stateFiles, standbyCanTakeOverIp, Optional.empty());
	}

}
