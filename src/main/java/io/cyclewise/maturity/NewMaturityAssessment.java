package io.cyclewise.maturity;

import java.time.LocalDate;
import java.util.List;

/** An assessment to record: its date, an overall note, and the phase (and note) of each component. */
public record NewMaturityAssessment(LocalDate assessedOn, String note, List<Rating> ratings) {

	/** The phase one component has reached; null means not yet proving the concept. */
	public record Rating(MaturityComponent component, MaturityPhase phase, String note) {
	}
}
