package io.drillbook.runbook;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An offline bundle that was handed out: its file's SHA-256 and the versions it holds.
 */
@Entity
@Immutable
@Table(name = "runbook_bundle")
class RunbookBundle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String environmentKey;

	private String sha256;

	private String versions;

	private Instant generatedAt;

	private String generatedBy;

	protected RunbookBundle() {
	}

	RunbookBundle(String environmentKey, String sha256, String versions, Instant generatedAt, String generatedBy) {
		this.environmentKey = environmentKey;
		this.sha256 = sha256;
		this.versions = versions;
		this.generatedAt = generatedAt;
		this.generatedBy = generatedBy;
	}

	public String getEnvironmentKey() {
		return this.environmentKey;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getVersions() {
		return this.versions;
	}

	public Instant getGeneratedAt() {
		return this.generatedAt;
	}

	public String getGeneratedBy() {
		return this.generatedBy;
	}

}
