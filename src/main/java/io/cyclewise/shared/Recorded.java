package io.cyclewise.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

/**
 * Who recorded a row and when: the one definition of the {@code recorded_by}/{@code recorded_at} columns (tables
 * that name them differently override the columns with {@code @AttributeOverride}). A caller may set both, e.g. the
 * demo data or an import that keeps the original author; otherwise {@link RecordingListener} fills them in from the
 * signed-in person and the portal's clock when the row is first stored.
 */
@MappedSuperclass
@EntityListeners(RecordingListener.class)
public abstract class Recorded {

	@Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Recorded() {
	}

	protected Recorded(String recordedBy, Instant recordedAt) {
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	void stampIfUnset(String by, Instant at) {
		if (recordedBy == null) {
			recordedBy = by;
		}
		if (recordedAt == null) {
			recordedAt = at;
		}
	}
}
