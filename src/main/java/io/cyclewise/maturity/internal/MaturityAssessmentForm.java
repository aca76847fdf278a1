package io.cyclewise.maturity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cyclewise.maturity.MaturityComponent;
import io.cyclewise.maturity.MaturityPhase;
import io.cyclewise.maturity.NewMaturityAssessment;
import io.cyclewise.shared.DateWithin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A new assessment: the date, one phase and note per component, an overall note. */
public class MaturityAssessmentForm {

	@NotNull(message = "{maturity.assessedOn.required}")
	@PastOrPresent(message = "{maturity.assessedOn.future}")
	@DateWithin(yearsBefore = 100, message = "{maturity.assessedOn.range}")
	private LocalDate assessedOn;

	@Size(max = 2000, message = "{maturity.note.tooLong}")
	private String note;

	@Size(min = 6, max = 6, message = "{maturity.form.incomplete}")
	private List<@Valid Rating> ratings = new ArrayList<>();

	/** The phase one component has reached; none means it is not yet proving the concept. */
	public static class Rating {

		@NotNull(message = "{maturity.form.incomplete}")
		private MaturityComponent component;

		private MaturityPhase phase;

		@Size(max = 1000, message = "{maturity.ratingNote.tooLong}")
		private String note;

		public MaturityComponent getComponent() {
			return component;
		}

		public void setComponent(MaturityComponent component) {
			this.component = component;
		}

		public MaturityPhase getPhase() {
			return phase;
		}

		public void setPhase(MaturityPhase phase) {
			this.phase = phase;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}
	}

	/** Starts from the latest assessment (or blank), dated today. */
	static MaturityAssessmentForm startingFrom(MaturityAssessment latest, LocalDate today) {
		MaturityAssessmentForm form = new MaturityAssessmentForm();
		form.assessedOn = today;
		for (MaturityComponent component : MaturityComponent.values()) {
			Rating rating = new Rating();
			rating.component = component;
			ComponentRating previous = latest == null ? null : latest.rating(component);
			if (previous != null) {
				rating.phase = previous.getPhase();
				rating.note = previous.getNote();
			}
			form.ratings.add(rating);
		}
		return form;
	}

	/** Each component exactly once. */
	boolean coversEveryComponentOnce() {
		return ratings.stream().map(Rating::getComponent).distinct().count() == MaturityComponent.values().length
				&& ratings.stream().allMatch(rating -> rating.getComponent() != null);
	}

	public LocalDate getAssessedOn() {
		return assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<Rating> getRatings() {
		return ratings;
	}

	public void setRatings(List<Rating> ratings) {
		this.ratings = ratings == null ? new ArrayList<>() : ratings;
	}

	/** The validated input as the service's command. */
	public NewMaturityAssessment toCommand() {
		return new NewMaturityAssessment(assessedOn, note, ratings.stream()
			.map(rating -> new NewMaturityAssessment.Rating(rating.getComponent(), rating.getPhase(), rating.getNote()))
			.toList());
	}
}
