package io.drillbook.strategy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Integer> {

	Optional<PolicyVersion> findFirstByOrderByVersionDesc();

	List<PolicyVersion> findAllByOrderByVersionDesc();

}
