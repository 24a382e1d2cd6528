package io.drillbook.topology;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Objectives given at once to every component a selection reaches, so that an estate
 * imported with defaults gets its tiers by how its administrators filed it: the
 * Production folder tier 2, the VMs whose Criticality attribute says high tier 1.
 *
 * @param selection the components it reaches
 * @param tier the tier they get
 * @param rto the recovery-time objective they get
 * @param rpo the recovery-point objective they get
 * @param mustSurvive the failures they must survive
 */
public record ObjectiveAssignment(ComponentSelection selection, Tier tier, Duration rto, Duration rpo,
		Set<FailureMode> mustSurvive) {

	public ObjectiveAssignment {
		mustSurvive = Set.copyOf(mustSurvive);
	}

	public List<Component> reached(Topology topology) {
		return topology.components().stream().filter(this.selection.matcher()).toList();
	}

	/** The topology with the objectives set on every component reached, decided. */
	public Topology applyTo(Topology topology) {
		Predicate<Component> reached = this.selection.matcher();
		List<Component> components = topology.components()
			.stream()
			.map((c) -> reached.test(c)
					? c.withObjectives(this.tier, this.rto, this.rpo).withMustSurvive(this.mustSurvive) : c)
			.toList();
		return new Topology(topology.sites(), topology.clusters(), topology.hosts(), components,
				topology.dependencies(), topology.failoverClusters());
	}

}
