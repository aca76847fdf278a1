package io.cyclewise.signal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The latest check whether the training data still matches the operational data; {@code driftScore} may be null. */
public record DataCheckFact(LocalDate checkedOn, DataCheckResult result, BigDecimal driftScore) {
}
