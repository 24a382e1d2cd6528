package io.drillbook.runbook;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RunbookBundleRepository extends JpaRepository<RunbookBundle, Long> {

	List<RunbookBundle> findBySha256(String sha256);

}
