package io.cyclewise.signal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One check of training data against operational data to record; the form (or an import) has checked it. */
public record NewDataCheck(LocalDate checkedOn, String checkedBy, String method, DataCheckResult result,
		BigDecimal driftScore, String note, UUID submissionId) {
}
