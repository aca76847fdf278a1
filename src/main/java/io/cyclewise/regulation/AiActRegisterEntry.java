package io.cyclewise.regulation;

import java.time.Instant;

/**
 * One classified initiative in the register: its current tier and role, and its open AI Act obligations (null when
 * the obligations checklist does not apply, i.e. it is not high-risk or the checklist is not updated yet).
 */
record AiActRegisterEntry(long initiativeId, String initiative, AiActTier tier, AiActRole role, Instant classifiedAt,
		Long openObligations) {
}
