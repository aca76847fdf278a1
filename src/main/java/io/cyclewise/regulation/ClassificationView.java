package io.cyclewise.regulation;

import java.time.Instant;
import java.util.Set;

/** One stored classification as pages and the API show it (read inside the service's transaction). */
public record ClassificationView(long id, long initiativeId, AiActRole role, Set<ProhibitedPractice> prohibitedPractices,
		boolean annexISafetyComponent, Set<HighRiskArea> highRiskAreas, Boolean profilesNaturalPersons,
		boolean exceptionClaimed, String exceptionReason, Set<TransparencyDuty> transparencyDuties, AiActTier tier,
		String reasoning, String classifiedBy, Instant classifiedAt) {
}
