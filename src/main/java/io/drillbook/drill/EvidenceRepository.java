package io.drillbook.drill;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	@Query("select new io.drillbook.drill.EvidenceSummary(e.id, e.stepRecordId, e.fileName, e.contentType, e.sizeBytes,"
			+ " e.sha256, e.attachedAt, e.attachedBy) from Evidence e where e.executionId = ?1 order by e.id")
	List<EvidenceSummary> summaries(long executionId);

}
