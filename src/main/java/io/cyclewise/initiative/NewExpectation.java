package io.cyclewise.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stakeholder's expectation to add to an initiative (validated by the form before). */
public record NewExpectation(String stakeholder, String metric, BigDecimal targetValue, boolean higherIsBetter,
		LocalDate dueDate, String note) {
}
