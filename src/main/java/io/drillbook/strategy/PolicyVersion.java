package io.drillbook.strategy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One saved version of the policy, never changed once written.
 */
@Entity
@Table(name = "policy_version")
class PolicyVersion {

	@Id
	private Integer version;

	private Instant createdAt;

	private String createdBy;

	private String note;

	@JdbcTypeCode(SqlTypes.JSON)
	private String document;

	protected PolicyVersion() {
	}

	PolicyVersion(int version, Instant createdAt, String createdBy, String note, String document) {
		this.version = version;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.note = note;
		this.document = document;
	}

	public int getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getNote() {
		return this.note;
	}

	String getDocument() {
		return this.document;
	}

}
