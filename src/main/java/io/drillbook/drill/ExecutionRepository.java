package io.drillbook.drill;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExecutionRepository extends JpaRepository<Execution, Long> {

	List<Execution> findByEnvironmentKeyOrderByIdDesc(String environmentKey);

	List<Execution> findTop200ByOrderByIdDesc();

	/** Locks the execution while it is closed, so no step action slips in between. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Execution e where e.id = ?1")
	Optional<Execution> lockById(long id);

	/**
	 * Takes a share of the execution's row, so that closing waits for running actions.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select e from Execution e where e.id = ?1")
	Optional<Execution> shareById(long id);

	/**
	 * Whether the person took part in the execution, by the database's one definition
	 * that the dashboard's list of sign-offs shares.
	 */
	@Query(value = "select took_part(?1, ?2)", nativeQuery = true)
	boolean tookPart(long executionId, String username);

}
