package io.drillbook.topology;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A checked import waiting for the architect's confirmation.
 */
@Entity
@Table(name = "pending_import")
public class PendingImport {

	@Id
	private UUID id;

	private Instant createdAt;

	private String createdBy;

	private String source;

	private String environmentKey;

	private String name;

	private String description;

	/** The environment's revision the preview compared against; null for a new one. */
	private Long baseRevision;

	@JdbcTypeCode(SqlTypes.JSON)
	private String topology;

	/** What the import skipped or worked out, as a JSON list of problems. */
	@JdbcTypeCode(SqlTypes.JSON)
	private String notes;

	/** The role proposed for each site of an inventory, as a JSON list. */
	@JdbcTypeCode(SqlTypes.JSON)
	private String siteRoles;

	protected PendingImport() {
	}

	PendingImport(UUID id, Instant createdAt, String createdBy, String source, String environmentKey, String name,
			String description, Long baseRevision, String topology, String notes, String siteRoles) {
		this.id = id;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.source = source;
		this.environmentKey = environmentKey;
		this.name = name;
		this.description = description;
		this.baseRevision = baseRevision;
		this.topology = topology;
		this.notes = notes;
		this.siteRoles = siteRoles;
	}

	UUID getId() {
		return this.id;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	String getSource() {
		return this.source;
	}

	String getEnvironmentKey() {
		return this.environmentKey;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	Long getBaseRevision() {
		return this.baseRevision;
	}

	String getTopology() {
		return this.topology;
	}

	String getNotes() {
		return this.notes;
	}

	String getSiteRoles() {
		return this.siteRoles;
	}

}
