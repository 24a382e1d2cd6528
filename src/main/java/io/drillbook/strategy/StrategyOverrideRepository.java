package io.drillbook.strategy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyOverrideRepository extends JpaRepository<StrategyOverride, Long> {

	List<StrategyOverride> findByEnvironmentKeyAndWithdrawnAtIsNullOrderByIdDesc(String environmentKey);

	List<StrategyOverride> findByEnvironmentKeyAndUnitKeyOrderByIdDesc(String environmentKey, String unitKey);

}
