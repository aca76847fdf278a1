package io.cyclewise.regulation;

import java.time.Instant;
import java.util.List;

/**
 * One stored classification as pages and the API show it (read inside the service's transaction). The ticked
 * items are lists in the enums' order (not sets: the API description's generated clients handle lists of enums).
 */
public record ClassificationView(long id, long initiativeId, AiActRole role, List<ProhibitedPractice> prohibitedPractices,
		boolean annexISafetyComponent, List<HighRiskArea> highRiskAreas, Boolean profilesNaturalPersons,
		boolean exceptionClaimed, String exceptionReason, List<TransparencyDuty> transparencyDuties, AiActTier tier,
		String reasoning, String classifiedBy, Instant classifiedAt) {
}
