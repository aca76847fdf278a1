package io.cyclewise.signal.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How often an initiative is reviewed, once a lead has set it (otherwise the default applies). */
@Entity
@Table(name = "review_cadence")
public class ReviewCadence {

	@Id
	@Column(name = "initiative_id")
	private Long initiativeId;

	@Column(name = "cadence_days", nullable = false)
	private int cadenceDays;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

	/** A wrapper, so a new row is persisted (null) rather than merged. */
	@Version
	private Long version;

	protected ReviewCadence() {
	}

	public ReviewCadence(Long initiativeId) {
		this.initiativeId = initiativeId;
	}

	public void change(int cadenceDays, String username, Instant when) {
		this.cadenceDays = cadenceDays;
		this.changedBy = username;
		this.changedAt = when;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public int getCadenceDays() {
		return cadenceDays;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Long getVersion() {
		return version;
	}
}
