package io.cyclewise.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.CycleStatus;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnitSummary;

/** Initiative summaries for unit tests of rules that only look at a few values (e.g. who leads it). */
public final class TestInitiatives {

	private TestInitiatives() {
	}

	public static InitiativeSummary ledBy(String username) {
		LocalDate since = LocalDate.of(2026, 1, 5);
		return new InitiativeSummary(1L, "Test initiative", "For a test", new BusinessUnitSummary(1L, "Unit", null),
				List.of(), new InitiativeSummary.Lead(1L, username, username), AlignmentPhase.REINITIATING,
				LifecycleStage.REQUIREMENTS_ANALYSIS, ValueCreationMechanism.KNOWLEDGE_CREATION,
				List.of(new CycleStatus(Cycle.ORGANIZATION, OrganizationCycleState.FORMING, null, since, 90),
						new CycleStatus(Cycle.TECHNOLOGY, TechnologyCycleState.EXPLORING, null, since, 14),
						new CycleStatus(Cycle.USER, UserCycleState.IDENTIFIED, null, since, 180)),
				Instant.parse("2026-01-05T09:00:00Z"), "admin", 0);
	}
}
