package io.cyclewise.risk;

import java.time.LocalDate;

/** A lead accepts a flag as a known risk: why, and until when (then it counts again). */
public record AcceptRisk(String reason, LocalDate expiresOn) {
}
