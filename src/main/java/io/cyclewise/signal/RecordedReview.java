package io.cyclewise.signal;

import java.time.Instant;
import java.time.LocalDate;

/** A review by when it was recorded in the portal ({@code recordedAt}) and the day it took place ({@code reviewedOn}). */
public record RecordedReview(LocalDate reviewedOn, Instant recordedAt) {
}
