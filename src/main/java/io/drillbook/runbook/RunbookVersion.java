package io.drillbook.runbook;

import java.time.Instant;

import io.drillbook.strategy.Strategy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A published runbook, frozen: drills follow it and printed copies are checked against
 * its SHA-256.
 */
@Entity
@Immutable
@Table(name = "runbook_version")
class RunbookVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String environmentKey;

	private String unitKey;

	@Enumerated(EnumType.STRING)
	private Scenario scenario;

	private int number;

	private String title;

	@Enumerated(EnumType.STRING)
	private Strategy strategy;

	@JdbcTypeCode(SqlTypes.JSON)
	private String content;

	private String contentSha256;

	private String topologyFingerprint;

	private long topologyRevision;

	private int policyVersion;

	private int proceduresVersion;

	private Instant publishedAt;

	private String publishedBy;

	protected RunbookVersion() {
	}

	RunbookVersion(Runbook runbook, int number, String content, String contentSha256, String topologyFingerprint,
			long topologyRevision, int policyVersion, int proceduresVersion, Instant publishedAt, String publishedBy) {
		this.environmentKey = runbook.environment();
		this.unitKey = runbook.unit();
		this.scenario = runbook.scenario();
		this.number = number;
		this.title = runbook.title();
		this.strategy = runbook.strategy();
		this.content = content;
		this.contentSha256 = contentSha256;
		this.topologyFingerprint = topologyFingerprint;
		this.topologyRevision = topologyRevision;
		this.policyVersion = policyVersion;
		this.proceduresVersion = proceduresVersion;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
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

	public Scenario getScenario() {
		return this.scenario;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public Strategy getStrategy() {
		return this.strategy;
	}

	String getContent() {
		return this.content;
	}

	public String getContentSha256() {
		return this.contentSha256;
	}

	public String getTopologyFingerprint() {
		return this.topologyFingerprint;
	}

	public long getTopologyRevision() {
		return this.topologyRevision;
	}

	public int getPolicyVersion() {
		return this.policyVersion;
	}

	public int getProceduresVersion() {
		return this.proceduresVersion;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	/** How the runbook is addressed within its environment, such as {@code vc/site}. */
	public String runbookKey() {
		return this.unitKey + "/" + this.scenario.code();
	}

}
