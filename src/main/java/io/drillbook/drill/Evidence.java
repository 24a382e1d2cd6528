package io.drillbook.drill;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A file attached to an execution as evidence: a screenshot, a log. Kept in the database
 * with its SHA-256.
 */
@Entity
@Immutable
@Table(name = "evidence")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long executionId;

	private Long stepRecordId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private byte[] content;

	private Instant attachedAt;

	private String attachedBy;

	protected Evidence() {
	}

	Evidence(long executionId, Long stepRecordId, String fileName, String contentType, byte[] content, String sha256,
			Instant at, String by) {
		this.executionId = executionId;
		this.stepRecordId = stepRecordId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.attachedAt = at;
		this.attachedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public long getExecutionId() {
		return this.executionId;
	}

	public Long getStepRecordId() {
		return this.stepRecordId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	byte[] getContent() {
		return this.content;
	}

	public Instant getAttachedAt() {
		return this.attachedAt;
	}

	public String getAttachedBy() {
		return this.attachedBy;
	}

}
