package io.drillbook.topology;

import java.util.Optional;

/**
 * Where a component runs.
 *
 * @param kind VM, physical installation or cluster capability
 * @param target the cluster (for a VM or a capability) or the physical host
 * @param host for a VM, the hypervisor host it currently runs on, when known
 */
public record Placement(PlacementKind kind, String target, Optional<String> host) {

	public static Placement vm(String cluster) {
		return new Placement(PlacementKind.VM, cluster, Optional.empty());
	}

	public static Placement vmOn(String cluster, String host) {
		return new Placement(PlacementKind.VM, cluster, Optional.of(host));
	}

	public static Placement physical(String host) {
		return new Placement(PlacementKind.PHYSICAL, host, Optional.empty());
	}

	public static Placement capabilityOf(String cluster) {
		return new Placement(PlacementKind.CLUSTER, cluster, Optional.empty());
	}

	/** Two components on the same server share one placement. */
	public boolean sameServerAs(Placement other) {
		return this.kind == other.kind && this.target.equals(other.target) && this.host.equals(other.host);
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case VM -> "VM in cluster " + this.target + this.host.map((h) -> " on host " + h).orElse("");
			case PHYSICAL -> "installed on physical host " + this.target;
			case CLUSTER -> "provided by cluster " + this.target;
		};
	}

}
