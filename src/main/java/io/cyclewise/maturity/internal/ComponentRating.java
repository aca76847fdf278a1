package io.cyclewise.maturity.internal;

import java.util.Objects;

import io.cyclewise.maturity.MaturityComponent;
import io.cyclewise.maturity.MaturityPhase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One component's phase reached in an assessment (null: not yet proving the concept), with a note. */
@Embeddable
public class ComponentRating {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private MaturityComponent component;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private MaturityPhase phase;

	@Column(length = 1000)
	private String note;

	protected ComponentRating() {
	}

	public ComponentRating(MaturityComponent component, MaturityPhase phase, String note) {
		this.component = component;
		this.phase = phase;
		this.note = note;
	}

	public MaturityComponent getComponent() {
		return component;
	}

	public MaturityPhase getPhase() {
		return phase;
	}

	public String getNote() {
		return note;
	}

	boolean sameAs(ComponentRating other) {
		return component == other.component && phase == other.phase && Objects.equals(note, other.note);
	}
}
