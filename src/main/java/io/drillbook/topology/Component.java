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
 * @param tier its criticality
 * @param rto recovery-time objective
 * @param rpo recovery-point objective
 * @param mustSurvive the failures it must survive
 * @param stateFiles files kept outside its database that a standby needs
 * @param standbyCanTakeOverIp whether a standby can take over the primary's IP address
 * @param standbyHost the host at a recovery site that a standby of the component runs on,
 * when one is set aside
 */
public record Component(String key, String name, ComponentKind kind, String product, String version, String patchLevel,
		Placement placement, Set<String> colocatedWith, Tier tier, Duration rto, Duration rpo,
		Set<FailureMode> mustSurvive, List<String> stateFiles, boolean standbyCanTakeOverIp,
		Optional<String> standbyHost) {

	public Component {
		colocatedWith = Set.copyOf(colocatedWith);
		mustSurvive = Set.copyOf(mustSurvive);
		stateFiles = List.copyOf(stateFiles);
	}

	/**
	 * A component with only what every component has; the rest is added with the
	 * {@code with…} methods: no product, tier 3, 24 hours of RTO and RPO, nothing it must
	 * survive, no state files and no standby.
	 */
	public static Component of(String key, String name, ComponentKind kind, Placement placement) {
		return new Component(key, name, kind, "", "", "", placement, Set.of(), Tier.of(3), Duration.ofHours(24),
				Duration.ofHours(24), Set.of(), List.of(), false, Optional.empty());
	}

	public Component withName(String name) {
		return new Component(this.key, name, this.kind, this.product, this.version, this.patchLevel, this.placement,
				this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost);
	}

	public Component withRelease(String product, String version, String patchLevel) {
		return new Component(this.key, this.name, this.kind, product, version, patchLevel, this.placement,
				this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost);
	}

	public Component withPlacement(Placement placement, Set<String> colocatedWith) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel, placement,
				colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost);
	}

	public Component withObjectives(Tier tier, Duration rto, Duration rpo) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, tier, rto, rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost);
	}

	public Component withMustSurvive(Set<FailureMode> mustSurvive) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, this.tier, this.rto, this.rpo, mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost);
	}

	public Component withStateFiles(List<String> stateFiles) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost);
	}

	/**
	 * @param standbyHost the host set aside to take over; empty for none
	 * @param takesOverIp whether the standby can take over the component's address
	 */
	public Component withStandby(Optional<String> standbyHost, boolean takesOverIp) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				takesOverIp, standbyHost);
	}

}
