package io.cyclewise.regulation;

import java.util.Set;

/**
 * The answers to the four questions of the guided classification, as the rules read them.
 * @param profilesNaturalPersons null when not answered (only asked for a system in an Annex III area)
 */
public record ClassificationAnswers(Set<ProhibitedPractice> prohibitedPractices, boolean annexISafetyComponent,
		Set<HighRiskArea> highRiskAreas, Boolean profilesNaturalPersons, boolean exceptionClaimed, String exceptionReason,
		Set<TransparencyDuty> transparencyDuties) {

	public ClassificationAnswers {
		prohibitedPractices = Set.copyOf(prohibitedPractices);
		highRiskAreas = Set.copyOf(highRiskAreas);
		transparencyDuties = Set.copyOf(transparencyDuties);
	}

	public boolean hasExceptionReason() {
		return exceptionReason != null && !exceptionReason.isBlank();
	}
}
