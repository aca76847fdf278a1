package io.cyclewise.initiative;

import java.time.Instant;
import java.util.List;

import io.cyclewise.organization.BusinessUnitSummary;

/**
 * An initiative as other modules see it: its current values, read-only and detached from the database (made inside
 * the registry's transaction, so nothing lazy is left). The version is the one an edit or a gate decision must
 * match.
 */
public record InitiativeSummary(long id, String name, String purpose, BusinessUnitSummary businessUnit,
		List<String> userContexts, Lead lead, AlignmentPhase alignmentPhase, LifecycleStage lifecycleStage,
		ValueCreationMechanism mechanism, List<CycleStatus> cycles, Instant updatedAt, String updatedBy,
		long version) {

	/** The person who leads the initiative. */
	public record Lead(long id, String username, String displayName) {
	}

	public InitiativeSummary {
		userContexts = List.copyOf(userContexts);
		cycles = List.copyOf(cycles);
	}

	public boolean isLedBy(String username) {
		return lead.username().equalsIgnoreCase(username);
	}

	/** The current standing of one of the three cycles. */
	public CycleStatus cycle(Cycle cycle) {
		return cycles.stream().filter(status -> status.cycle() == cycle).findFirst().orElseThrow();
	}
}
