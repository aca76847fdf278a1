package io.cyclewise.signal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The latest value of one metric in one user context from one source (training/validation or operational). */
public record ObservationFact(String metric, String userContext, ObservationSource source, BigDecimal value,
		LocalDate observedOn, boolean higherIsBetter) {
}
