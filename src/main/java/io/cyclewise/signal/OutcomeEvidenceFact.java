package io.cyclewise.signal;

import java.time.LocalDate;

/**
 * The latest dates of what can show an acknowledgement's outcome happened: an observation or a data check (retrained
 * or recalibrated), a review that returned the initiative to an earlier alignment phase. Each is null when none exists.
 */
public record OutcomeEvidenceFact(LocalDate latestObservationOn, LocalDate latestDataCheckOn,
		LocalDate latestPhaseReturnOn) {
}
