package io.drillbook.strategy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An architect's decision to protect a unit with another eligible strategy than the
 * recommended one, with why, and the topology and policy it was decided on.
 */
@Entity
@Table(name = "strategy_override")
class StrategyOverride {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String environmentKey;

	private String unitKey;

	@Enumerated(EnumType.STRING)
	private Layer layer;

	@Enumerated(EnumType.STRING)
	private Strategy strategy;

	private String justification;

	private Instant createdAt;

	private String createdBy;

	private String topologyFingerprint;

	private int policyVersion;

	private Instant withdrawnAt;

	private String withdrawnBy;

	protected StrategyOverride() {
	}

	StrategyOverride(String environmentKey, String unitKey, Layer layer, Strategy strategy, String justification,
			Instant createdAt, String createdBy, String topologyFingerprint, int policyVersion) {
		this.environmentKey = environmentKey;
		this.unitKey = unitKey;
		this.layer = layer;
		this.strategy = strategy;
		this.justification = justification;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.topologyFingerprint = topologyFingerprint;
		this.policyVersion = policyVersion;
	}

	void withdraw(Instant at, String by) {
		this.withdrawnAt = at;
		this.withdrawnBy = by;
	}

	boolean isActive() {
		return this.withdrawnAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public String getEnvironmentKey() {
		return this.environmentKey;
	}

	public String getUnitKey() {
		return this.unitKey;
	}

	public Layer getLayer() {
		return this.layer;
	}

	public Strategy getStrategy() {
		return this.strategy;
	}

	public String getJustification() {
		return this.justification;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getTopologyFingerprint() {
		return this.topologyFingerprint;
	}

	public int getPolicyVersion() {
		return this.policyVersion;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public String getWithdrawnBy() {
		return this.withdrawnBy;
	}

}
