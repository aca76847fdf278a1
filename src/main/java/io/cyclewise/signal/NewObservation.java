package io.cyclewise.signal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One measured value to record for an initiative; the form (or an import) has checked it. */
public record NewObservation(String metric, BigDecimal value, boolean higherIsBetter, String userContext,
		ObservationSource source, LocalDate observedOn, String note, UUID submissionId) {
}
