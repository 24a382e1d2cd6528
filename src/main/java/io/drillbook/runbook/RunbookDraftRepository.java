package io.drillbook.runbook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RunbookDraftRepository extends JpaRepository<RunbookDraft, Long> {

	Optional<RunbookDraft> findByEnvironmentKeyAndUnitKeyAndScenario(String environmentKey, String unitKey,
			Scenario scenario);

	List<RunbookDraft> findByEnvironmentKey(String environmentKey);

}
