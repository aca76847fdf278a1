package io.cyclewise.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

/**
 * Who changed a row last and when: the one definition of the {@code changed_by}/{@code changed_at} columns. The
 * service names the person ({@link #changedBy(String, Instant)}), since background work acts for somebody;
 * {@link RecordingListener} fills in what is still unset from the signed-in person and the portal's clock.
 */
@MappedSuperclass
@EntityListeners(RecordingListener.class)
public abstract class Changed {

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

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

	void stampIfUnset(String by, Instant at) {
		if (changedBy == null) {
			changedBy = by;
		}
		if (changedAt == null) {
			changedAt = at;
		}
	}
}
