package io.drillbook.runbook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RunbookVersionRepository extends JpaRepository<RunbookVersion, Long> {

	List<RunbookVersion> findByEnvironmentKeyAndUnitKeyAndScenarioOrderByNumberDesc(String environmentKey,
			String unitKey, Scenario scenario);

	Optional<RunbookVersion> findByEnvironmentKeyAndUnitKeyAndScenarioAndNumber(String environmentKey, String unitKey,
			Scenario scenario, int number);

	List<RunbookVersion> findByEnvironmentKeyOrderByIdDesc(String environmentKey);

	List<RunbookVersion> findByContentSha256(String contentSha256);

}
