package io.cyclewise.initiative;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stakeholder's expectation in the API; withdrawn ones stay, with who withdrew them and when. */
public record ExpectationResource(long id, long initiativeId, String stakeholder, String metric,
		BigDecimal targetValue, boolean higherIsBetter, LocalDate dueDate, String note, Instant createdAt,
		String createdBy, Instant withdrawnAt, String withdrawnBy, boolean active) {
}
