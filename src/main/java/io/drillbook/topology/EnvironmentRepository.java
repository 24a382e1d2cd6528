package io.drillbook.topology;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnvironmentRepository extends JpaRepository<Environment, Long> {

	Optional<Environment> findByKey(String key);

	boolean existsByKey(String key);

}
