package io.drillbook.strategy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A recovery time a drill or failover measured.
 */
@Entity
@Immutable
@Table(name = "recovery_measurement")
class RecoveryMeasurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String environmentKey;

	private String unitKey;

	@Enumerated(EnumType.STRING)
	private Strategy strategy;

	private int tier;

	private long recoveryMinutes;

	private long rtoMinutes;

	private long executionId;

	private Instant measuredAt;

	protected RecoveryMeasurement() {
	}

	RecoveryMeasurement(RecoveryMeasured measured) {
		this.environmentKey = measured.environment();
		this.unitKey = measured.unit();
		this.strategy = measured.strategy();
		this.tier = measured.tier();
		this.recoveryMinutes = measured.recoveryMinutes();
		this.rtoMinutes = measured.rtoMinutes();
		this.executionId = measured.execution();
		this.measuredAt = measured.measuredAt();
	}

	Strategy getStrategy() {
		return this.strategy;
	}

	int getTier() {
		return this.tier;
	}

	long getRecoveryMinutes() {
		return this.recoveryMinutes;
	}

}
