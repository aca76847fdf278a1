package io.cyclewise.risk;

import java.time.Instant;
import java.time.LocalDate;

import io.cyclewise.checklist.AlignmentPractice;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A flag in the API, with everything its initiative's page shows about it: why it was raised (the explanation with
 * the inputs and thresholds that fired it), the concept of the study it comes from, cited by short name, and the
 * alignment practice that answers it.
 */
public record FlagResource(long id, long initiativeId, RiskRuleKind rule, String ruleLabel,
		Characteristic characteristic, String characteristicLabel, Severity severity, String subject, boolean open,
		Instant raisedAt, @Schema(description = "When it stopped firing; absent while open.") Instant clearedAt,
		@Schema(description = "When the risk engine last evaluated it.") Instant evaluatedAt,
		@Schema(description = "Why it was raised: the inputs and the thresholds they crossed.") String explanation,
		@Schema(description = "The study's concept the rule operationalizes.") String concept,
		@Schema(description = "The study it comes from, by its short name (as on the Sources page).") String source,
		Practice practice,
		@Schema(description = "The acceptance in force, if a lead accepted this risk.") Acceptance acceptance) {

	/** The alignment practice that answers the flag, with its group. */
	@Schema(name = "FlagPractice")
	public record Practice(AlignmentPractice name, String label, String group, String meaning) {

		static Practice of(AlignmentPractice practice) {
			return new Practice(practice, practice.label(), practice.group().label(), practice.meaning());
		}
	}

	@Schema(name = "FlagAcceptance")
	public record Acceptance(String acceptedBy, String reason, LocalDate expiresOn, Instant acceptedAt) {
	}

	static FlagResource of(RiskFlagView view) {
		RiskFlag flag = view.flag();
		RiskAcceptance accepted = view.accepted() ? view.acceptance() : null;
		return new FlagResource(flag.getId(), flag.getInitiativeId(), flag.getRule(), flag.getRule().label(),
				flag.getCharacteristic(), flag.getCharacteristic().label(), flag.getSeverity(), flag.getSubject(),
				flag.isOpen(), flag.getRaisedAt(), flag.getClearedAt(), flag.getEvaluatedAt(), flag.getExplanation(),
				flag.getRule().concept(), flag.getCharacteristic().source(), Practice.of(flag.getRule().practice()),
				accepted == null ? null : new Acceptance(accepted.getAcceptedBy(), accepted.getReason(),
						accepted.getExpiresOn(), accepted.getAcceptedAt()));
	}
}
