package io.drillbook.strategy;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryMeasurementRepository extends JpaRepository<RecoveryMeasurement, Long> {

}
