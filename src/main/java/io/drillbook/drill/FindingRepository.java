package io.drillbook.drill;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

	List<Finding> findByExecutionIdOrderById(long executionId);

}
