package io.drillbook.strategy;

import java.util.ArrayList;
import java.util.List;

import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topology;

/**
 * One thing left to do on the way from an imported inventory to a plan without gaps, in
 * the order it is best done: objectives first, since they decide what the rules ask for.
 *
 * @param kind what is to be done, which also says where
 * @param text what is left, with its count
 */
public record NextStep(Kind kind, String text) {

	public enum Kind {

		/** Components whose objectives an import gave and nobody decided. */
		OBJECTIVES,

		/** A site-failure requirement with no recovery site to recover at. */
		RECOVERY_SITE,

		/** Clusters whose HA runs without admission control. */
		ADMISSION_CONTROL,

		/** Several components and not one dependency among them. */
		DEPENDENCIES,

		/** Units with requirements no eligible strategy meets. */
		GAPS,

		/** Nothing left: the plan has no gaps. */
		RUNBOOKS

	}

	/** What is left to do for the topology and its plan; one step when nothing is. */
	public static List<NextStep> of(Topology topology, Plan plan) {
		List<NextStep> steps = new ArrayList<>();
		long pending = topology.components().stream().filter(Component::objectivesPending).count();
		if (pending > 0) {
			steps.add(new NextStep(Kind.OBJECTIVES, count(pending, "component has", "components have")
					+ " no tier yet: the import gave tier 3 with a day to recover. Give them their tiers and objectives."));
		}
		boolean recoverySite = topology.sites().stream().anyMatch((s) -> s.role() == SiteRole.RECOVERY);
		long siteFailure = plan.units()
			.stream()
			.filter((u) -> u.mustSurvive().contains(FailureMode.SITE_FAILURE))
			.count();
		if (!recoverySite && siteFailure > 0) {
			steps.add(new NextStep(Kind.RECOVERY_SITE, count(siteFailure, "unit must", "units must")
					+ " survive the loss of a site, and no site is a recovery site. Mark the site to recover at."));
		}
		long withoutAdmission = topology.clusters()
			.stream()
			.filter((c) -> c.haEnabled() && !c.admissionControl())
			.count();
		if (withoutAdmission > 0) {
			steps.add(new NextStep(Kind.ADMISSION_CONTROL, count(withoutAdmission, "cluster runs", "clusters run")
					+ " HA with admission control off, so a host failure may leave no room to restart its VMs."));
		}
		long applications = topology.components().stream().filter((c) -> c.kind() != ComponentKind.CAPABILITY).count();
		if (applications > 1 && topology.dependencies().isEmpty()) {
			steps.add(new NextStep(Kind.DEPENDENCIES,
					"No dependency is recorded, so nothing sets the order of recovery. Say which component needs which."));
		}
		long gaps = plan.gaps().size();
		if (gaps > 0) {
			steps.add(new NextStep(Kind.GAPS, count(gaps, "unit has a requirement", "units have requirements")
					+ " that no eligible strategy meets. Open each to see what would close it."));
		}
		if (steps.isEmpty()) {
			steps.add(new NextStep(Kind.RUNBOOKS,
					"No gaps: every unit has a strategy for what it must survive. Review and publish its runbooks."));
		}
		return steps;
	}

	private static String count(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

}
