package io.drillbook.drill;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepNoteRepository extends JpaRepository<StepNote, Long> {

	List<StepNote> findByStepRecordIdInOrderById(Collection<Long> stepRecordIds);

}
