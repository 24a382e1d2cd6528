package io.drillbook.topology;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One estate to protect, with its topology stored as a document in the file format.
 */
@Entity
@Table(name = "environment")
class Environment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String key;

	private String name;

	private String description;

	@JdbcTypeCode(SqlTypes.JSON)
	private String topology;

	private String fingerprint;

	@Version
	private long version;

	@Column(updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	protected Environment() {
	}

	Environment(String key, String name, String description, String topology, String fingerprint, Instant at,
			String by) {
		this.key = key;
		this.name = name;
		this.description = description;
		this.topology = topology;
		this.fingerprint = fingerprint;
		this.createdAt = at;
		this.createdBy = by;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	Long getId() {
		return this.id;
	}

	String getKey() {
		return this.key;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	String getTopology() {
		return this.topology;
	}

	String getFingerprint() {
		return this.fingerprint;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	void describe(String name, String description) {
		this.name = name;
		this.description = description;
	}

	void replaceTopology(String topology, String fingerprint, Instant at, String by) {
		this.topology = topology;
		this.fingerprint = fingerprint;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	void touch(Instant at, String by) {
		this.updatedAt = at;
		this.updatedBy = by;
	}

}
