package io.drillbook.topology;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TopologyChangeRepository extends JpaRepository<TopologyChange, Long> {

	Page<TopologyChange> findByEnvironmentIdOrderByIdDesc(Long environmentId, Pageable pageable);

}
