package io.drillbook.drill;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FindingRepository extends JpaRepository<Finding, Long> {

	List<Finding> findByExecutionIdOrderById(long executionId);

	List<Finding> findByStateOrderByCreatedAt(FindingState state);

	List<Finding> findByOwnerAndStateOrderByDueOnAscIdAsc(String owner, FindingState state);

	@Query("select f from Finding f where f.state = ?2 and f.executionId in"
			+ " (select e.id from Execution e where e.environmentKey = ?1) order by f.createdAt")
	List<Finding> inEnvironment(String environment, FindingState state);

}
