package io.cyclewise.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.signal.measure.Observation;

/** An observation in the API: the form's fields as stored (the metric in its canonical spelling), who and when. */
public record ObservationResource(long id, long initiativeId, String metric, BigDecimal value, boolean higherIsBetter,
		String userContext, ObservationSource source, LocalDate observedOn, String note, String recordedBy,
		Instant recordedAt, UUID submissionId) {

	static ObservationResource of(Observation observation) {
		return new ObservationResource(observation.getId(), observation.getInitiativeId(), observation.getMetric(),
				plain(observation.getValue()), observation.isHigherIsBetter(), observation.getUserContext(),
				observation.getSource(), observation.getObservedOn(), observation.getNote(), observation.getRecordedBy(),
				observation.getRecordedAt(), observation.getSubmissionId());
	}

	/** As people write it (0.85, 100): no trailing zeros, and no exponent when serialized. */
	static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}
}
