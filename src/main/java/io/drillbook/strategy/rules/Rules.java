package io.drillbook.strategy.rules;

import java.util.List;

/**
 * Every rule the planner applies, in the order the explanation shows them.
 */
public final class Rules {

	private static final List<Rule> ALL = List.of(new HaNeedsAVmInAnHaCluster(), new HaNeedsOneOsInstance(),
			new HaCoversHostFailureOnly(), new HaNeedsSharedStorage(), new HaWorksWithoutTheManagementServer(),
			new OutOfBandNeedsASecondManagementServer(), new FailoverClusterNeedsAMinimumRelease(),
			new FailoverClusterRestrictsVirtualNodes(), new FailoverClusterNeedsTwoOsInstances(),
			new FailoverClusterCoversHostOsAndApplication(), new MajorityNodeSetWithWitness(),
			new ColocatedComponentsAreOneUnit(), new DatabasesUseTheirOwnClustering(), new GracePeriodRelaxesUrgency(),
			new StandbyChoiceFollowsTheRto(), new StandbyReconnectsHostsUnlessItTakesTheIp(),
			new StateFilesMustBeListed(), new HypervisorHaProtectsOrdinaryVms(), new HaSkipsVmsWithRestartDisabled(),
			new HaNeedsAdmissionControl(), new FaultToleranceAvoidsTheRestart(),
			new ColdStandbyRestoresTheLastBackup());

	private Rules() {
	}

	public static List<Rule> all() {
		return ALL;
	}

}
