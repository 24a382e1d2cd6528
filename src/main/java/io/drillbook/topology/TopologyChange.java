package io.drillbook.topology;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A line of an environment's change history.
 */
@Entity
@Table(name = "topology_change")
public class TopologyChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long environmentId;

	private long revision;

	private Instant changedAt;

	private String changedBy;

	private String elementType;

	private String elementKey;

	private String action;

	@JdbcTypeCode(SqlTypes.JSON)
	private String beforeValue;

	@JdbcTypeCode(SqlTypes.JSON)
	private String afterValue;

	protected TopologyChange() {
	}

	TopologyChange(Long environmentId, long revision, Instant changedAt, String changedBy, String elementType,
			String elementKey, String action, String beforeValue, String afterValue) {
		this.environmentId = environmentId;
		this.revision = revision;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.elementType = elementType;
		this.elementKey = elementKey;
		this.action = action;
		this.beforeValue = beforeValue;
		this.afterValue = afterValue;
	}

	public long getRevision() {
		return this.revision;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public String getElementType() {
		return this.elementType;
	}

	public String getElementKey() {
		return this.elementKey;
	}

	public String getAction() {
		return this.action;
	}

	public String getBeforeValue() {
		return this.beforeValue;
	}

	public String getAfterValue() {
		return this.afterValue;
	}

}
