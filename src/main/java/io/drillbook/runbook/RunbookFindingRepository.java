package io.drillbook.runbook;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RunbookFindingRepository extends JpaRepository<RunbookFinding, Long> {

	List<RunbookFinding> findByEnvironmentKeyOrderById(String environmentKey);

}
