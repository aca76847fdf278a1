package io.cyclewise.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cyclewise.signal.measure.DataCheck;

/** A data check in the API: the form's fields as stored, who recorded it and when. */
public record DataCheckResource(long id, long initiativeId, LocalDate checkedOn, String checkedBy, String method,
		DataCheckResult result, BigDecimal driftScore, String note, String recordedBy, Instant recordedAt,
		UUID submissionId) {

	static DataCheckResource of(DataCheck check) {
		return new DataCheckResource(check.getId(), check.getInitiativeId(), check.getCheckedOn(), check.getCheckedBy(),
				check.getMethod(), check.getResult(),
				ObservationResource.plain(check.getDriftScore()), check.getNote(),
				check.getRecordedBy(), check.getRecordedAt(), check.getSubmissionId());
	}
}
