package io.cyclewise.initiative;

import java.time.LocalDate;
import io.cyclewise.shared.DomainTerm;

/** The current state of one cycle: state, a short note, since when, and its pace (expected cadence in days). */
public record CycleStatus(Cycle cycle, DomainTerm state, String note, LocalDate since, int paceDays) {
}
