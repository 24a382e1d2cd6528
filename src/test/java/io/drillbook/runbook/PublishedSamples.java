package io.drillbook.runbook;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.SampleTopologies;

import org.springframework.context.ApplicationContext;

/**
 * Published runbooks for the tests of the modules that follow them.
 */
public final class PublishedSamples {

	private PublishedSamples() {
	}

	/**
	 * Stores the VirtualCenter sample under a key and publishes the runbook of a unit and
	 * scenario.
	 * @return the published version's id
	 */
	public static long virtualCenter(ApplicationContext context, String environment, String unit, String scenario) {
		SampleTopologies.store(context, "virtualcenter.yaml", environment, "ari");
		return publish(context, environment, unit, scenario);
	}

	/** Publishes the current draft of a runbook. */
	public static long publish(ApplicationContext context, String environment, String unit, String scenario) {
		Runbooks runbooks = context.getBean(Runbooks.class);
		Scenario parsed = Scenario.parse(scenario).orElseThrow();
		RunbookEntry entry = runbooks.entry(new RunbookKey(new EnvironmentKey(environment), unit, parsed))
			.orElseThrow();
		return runbooks
			.publish(new RunbookKey(new EnvironmentKey(environment), unit, parsed), entry.draftSha256(), "ari")
			.getId();
	}

}
