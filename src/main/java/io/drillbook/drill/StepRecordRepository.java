package io.drillbook.drill;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StepRecordRepository extends JpaRepository<StepRecord, Long> {

	/**
	 * Takes the step's row until the transaction ends, before anything of the execution
	 * is read: two actions on one step are then decided one after the other, and the
	 * second sees what the first did, so a person's own repeat is recognised as such
	 * however close the two arrive.
	 */
	@Query(value = "select id from step_record where id = ?1 for update", nativeQuery = true)
	List<Long> lockRow(long id);

	/** Changes with every step action; the live view polls it to know when to redraw. */
	@Query(value = "select coalesce(sum(s.version), 0) * 1000003 + (select count(*) from step_note n join step_record r"
			+ " on n.step_record_id = r.id where r.execution_id = ?1) * 1009 + (select count(*) from evidence v"
			+ " where v.execution_id = ?1) from step_record s where s.execution_id = ?1", nativeQuery = true)
	long activity(long executionId);

}
