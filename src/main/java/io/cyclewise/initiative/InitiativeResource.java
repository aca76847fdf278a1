package io.cyclewise.initiative;

import java.time.Instant;
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
		return new InitiativeResource(initiative.getId(), initiative.getName(), initiative.getPurpose(),
				initiative.getBusinessUnit().getId(), initiative.getBusinessUnit().getName(),
				String.join(", ", initiative.getUserContexts()), initiative.getLead().getId(),
				initiative.getLead().getUsername(), initiative.getAlignmentPhase(), initiative.getLifecycleStage(),
				initiative.getMechanism(), initiative.getOrganizationState(), initiative.getOrganizationNote(),
				initiative.getOrganizationSince(), initiative.getOrganizationPaceDays(), initiative.getTechnologyState(),
				initiative.getTechnologyNote(), initiative.getTechnologySince(), initiative.getTechnologyPaceDays(),
				initiative.getUserState(), initiative.getUserNote(), initiative.getUserSince(),
				initiative.getUserPaceDays(), initiative.getCreatedAt(), initiative.getCreatedBy(),
				initiative.getUpdatedAt(), initiative.getUpdatedBy(), initiative.getVersion());
	}
}
