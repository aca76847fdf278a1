package io.cyclewise.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that keeps both who recorded it and who changed it last (an initiative: created_*, updated_*): the
 * {@link Recorded} columns plus {@code changed_by}/{@code changed_at}, which start as the recording and move with
 * every change. Filled in like {@link Recorded} when the caller leaves them unset.
 */
@MappedSuperclass
public abstract class RecordedAndChanged extends Recorded {

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected RecordedAndChanged() {
	}

	protected RecordedAndChanged(String recordedBy, Instant recordedAt) {
		super(recordedBy, recordedAt);
		this.changedBy = recordedBy;
		this.changedAt = recordedAt;
	}

	protected void changedBy(String by, Instant at) {
		this.changedBy = by;
		this.changedAt = at;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	@Override
	void stampIfUnset(String by, Instant at) {
		super.stampIfUnset(by, at);
		if (changedBy == null) {
			changedBy = by;
		}
		if (changedAt == null) {
			changedAt = at;
		}
	}
}
