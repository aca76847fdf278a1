package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.OrganizationCycleState;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.initiative.UserCycleState;
import io.cyclewise.initiative.ValueCreationMechanism;

import java.time.Instant;

import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.CycleStatus;
import java.time.LocalDate;

/**
 * An initiative in the API. Its writable fields are exactly those of {@link InitiativeForm}, which create and update
 * take, so a client can read, change and send back; the rest is read-only. The version is also the ETag.
 */
public record InitiativeResource(long id, String name, String purpose, Long businessUnitId, String businessUnitName,
		String userContexts, Long leadId, String leadUsername, AlignmentPhase alignmentPhase,
		LifecycleStage lifecycleStage, ValueCreationMechanism mechanism, OrganizationCycleState organizationState,
		String organizationNote, LocalDate organizationSince, int organizationPaceDays,
		TechnologyCycleState technologyState, String technologyNote, LocalDate technologySince, int technologyPaceDays,
		UserCycleState userState, String userNote, LocalDate userSince, int userPaceDays, Instant createdAt,
		String createdBy, Instant updatedAt, String updatedBy, long version) {

	public static InitiativeResource of(Initiative initiative) {
		CycleStatus organization = initiative.cycle(Cycle.ORGANIZATION);
		CycleStatus technology = initiative.cycle(Cycle.TECHNOLOGY);
		CycleStatus user = initiative.cycle(Cycle.USER);
		return new InitiativeResource(initiative.getId(), initiative.getName(), initiative.getPurpose(),
				initiative.getBusinessUnit().getId(), initiative.getBusinessUnit().getName(),
				String.join(", ", initiative.getUserContexts()), initiative.getLead().getId(),
				initiative.getLead().getUsername(), initiative.getAlignmentPhase(), initiative.getLifecycleStage(),
				initiative.getMechanism(), organization.state(OrganizationCycleState.class), organization.note(),
				organization.since(), organization.paceDays(), technology.state(TechnologyCycleState.class),
				technology.note(), technology.since(), technology.paceDays(), user.state(UserCycleState.class),
				user.note(), user.since(), user.paceDays(), initiative.getRecordedAt(), initiative.getRecordedBy(),
				initiative.getChangedAt(), initiative.getChangedBy(), initiative.getVersion());
	}
}
