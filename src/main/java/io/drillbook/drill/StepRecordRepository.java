package io.drillbook.drill;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StepRecordRepository extends JpaRepository<StepRecord, Long> {

	/** Changes with every step action; the live view polls it to know when to redraw. */
	@Query(value = "select coalesce(sum(s.version), 0) * 1000003 + (select count(*) from step_note n join step_record r"
			+ " on n.step_record_id = r.id where r.execution_id = ?1) * 1009 + (select count(*) from evidence v"
			+ " where v.execution_id = ?1) from step_record s where s.execution_id = ?1", nativeQuery = true)
	long activity(long executionId);

}
