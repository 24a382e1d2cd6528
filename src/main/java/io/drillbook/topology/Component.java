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
 * @param vm what an inventory reports of the component's VM
 * @param objectivesPending whether its tier, RTO, RPO and failures to survive are still
 * the defaults an inventory import gave it, which nobody has decided on yet
 */
public record Component(String key, String name, ComponentKind kind, String product, String version, String patchLevel,
		Placement placement, Set<String> colocatedWith, Tier tier, Duration rto, Duration rpo,
		Set<FailureMode> mustSurvive, List<String> stateFiles, boolean standbyCanTakeOverIp,
		Optional<String> standbyHost, VmFacts vm, boolean objectivesPending) {

	/** A component whose objectives someone decided on. */
	public Component(String key, String name, ComponentKind kind, String product, String version, String patchLevel,
			Placement placement, Set<String> colocatedWith, Tier tier, Duration rto, Duration rpo,
			Set<FailureMode> mustSurvive, List<String> stateFiles, boolean standbyCanTakeOverIp,
			Optional<String> standbyHost, VmFacts vm) {
		this(key, name, kind, product, version, patchLevel, placement, colocatedWith, tier, rto, rpo, mustSurvive,
				stateFiles, standbyCanTakeOverIp, standbyHost, vm, false);
	}

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
				Duration.ofHours(24), Set.of(), List.of(), false, Optional.empty(), VmFacts.NONE, false);
	}

	public Component withName(String name) {
		return new Component(this.key, name, this.kind, this.product, this.version, this.patchLevel, this.placement,
				this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, this.vm, this.objectivesPending);
	}

	public Component withRelease(String product, String version, String patchLevel) {
		return new Component(this.key, this.name, this.kind, product, version, patchLevel, this.placement,
				this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, this.vm, this.objectivesPending);
	}

	public Component withPlacement(Placement placement, Set<String> colocatedWith) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel, placement,
				colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, this.vm, this.objectivesPending);
	}

	public Component withObjectives(Tier tier, Duration rto, Duration rpo) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, tier, rto, rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, this.vm, false);
	}

	public Component withMustSurvive(Set<FailureMode> mustSurvive) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, this.tier, this.rto, this.rpo, mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, this.vm, this.objectivesPending);
	}

	public Component withStateFiles(List<String> stateFiles) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, this.vm, this.objectivesPending);
	}

	/**
	 * @param standbyHost the host set aside to take over; empty for none
	 * @param takesOverIp whether the standby can take over the component's address
	 */
	public Component withStandby(Optional<String> standbyHost, boolean takesOverIp) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				takesOverIp, standbyHost, this.vm, this.objectivesPending);
	}

	public Component withVm(VmFacts vm) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, vm, this.objectivesPending);
	}

	/**
	 * The same component with its objectives marked as defaults nobody has decided on;
	 * setting them with {@link #withObjectives} decides them.
	 */
	public Component withObjectivesPending() {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, this.tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, this.vm, true);
	}

	/**
	 * The same component in another tier, its RTO and RPO as they were: a tier a CMDB
	 * gives leaves the objectives as decided, or as pending, as they were.
	 */
	public Component withTier(Tier tier) {
		return new Component(this.key, this.name, this.kind, this.product, this.version, this.patchLevel,
				this.placement, this.colocatedWith, tier, this.rto, this.rpo, this.mustSurvive, this.stateFiles,
				this.standbyCanTakeOverIp, this.standbyHost, this.vm, this.objectivesPending);
	}

}
