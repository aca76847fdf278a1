package io.cyclewise.signal.review;

import java.time.Instant;

import io.cyclewise.shared.Changed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How often an initiative is reviewed, once a lead has set it (otherwise the default applies). */
@Entity
@Table(name = "review_cadence")
public class ReviewCadence extends Changed {

	@Id
	@Column(name = "initiative_id")
	private Long initiativeId;

	@Column(name = "cadence_days", nullable = false)
	private int cadenceDays;

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
		changedBy(username, when);
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public int getCadenceDays() {
		return cadenceDays;
	}

	public Long getVersion() {
		return version;
	}
}
