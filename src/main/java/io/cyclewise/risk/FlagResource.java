package io.cyclewise.risk;

import java.time.Instant;
import java.time.LocalDate;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.internal.RiskAcceptance;
import io.cyclewise.risk.internal.RiskFlag;
import io.cyclewise.risk.rule.RiskRule;
import io.cyclewise.shared.Terms;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A flag in the API, with everything its initiative's page shows about it: why it was raised (the explanation with
 * the inputs and thresholds that fired it), the concept of the study it comes from, cited by short name, and the
 * alignment practice that answers it.
 */
public record FlagResource(long id, long initiativeId,
		@Schema(description = "The key of the rule that raised it, e.g. PACE_MISMATCH.") String rule, String ruleLabel,
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
	}

	@Schema(name = "FlagAcceptance")
	public record Acceptance(String acceptedBy, String reason, LocalDate expiresOn, Instant acceptedAt) {
	}

	/** The view with its words (rule, characteristic, practice) in the reader's language. */
	static FlagResource of(RiskFlagView view, RiskRule rule, Terms terms) {
		RiskFlag flag = view.flag();
		RiskAcceptance accepted = view.accepted() ? view.acceptance() : null;
		AlignmentPractice practice = rule.practice();
		return new FlagResource(flag.getId(), flag.getInitiativeId(), flag.getRule(), terms.message(rule.titleCode()),
				flag.getCharacteristic(), terms.label(flag.getCharacteristic()), flag.getSeverity(), flag.getSubject(),
				flag.isOpen(), flag.getRaisedAt(), flag.getClearedAt(), flag.getEvaluatedAt(), flag.getExplanation(),
				terms.message(rule.conceptCode()), flag.getCharacteristic().source(),
				new Practice(practice, terms.label(practice), terms.message(rule.practiceGroupCode()),
						terms.meaning(practice)),
				accepted == null ? null : new Acceptance(accepted.getAcceptedBy(), accepted.getReason(),
						accepted.getExpiresOn(), accepted.getAcceptedAt()));
	}
}
