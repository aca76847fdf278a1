package io.cyclewise.regulation.internal;

import java.time.Instant;

import io.cyclewise.regulation.AiActRole;
import io.cyclewise.regulation.AiActTier;

/**
 * One classified initiative in the register: its current tier and role, and its open AI Act obligations (null when
 * the obligations checklist does not apply, i.e. it is not high-risk or the checklist is not updated yet).
 */
record AiActRegisterEntry(long initiativeId, String initiative, AiActTier tier, AiActRole role, Instant classifiedAt,
		Long openObligations) {
}
