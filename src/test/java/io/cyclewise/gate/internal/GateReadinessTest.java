package io.cyclewise.gate.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistItemFact;
import io.cyclewise.gate.CheckStatus;
import io.cyclewise.gate.GateCheck;
import io.cyclewise.gate.GateKind;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.signal.RecordedReview;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static java.time.ZoneOffset.UTC;
import static org.assertj.core.api.Assertions.assertThat;

/** The gate rules without Spring: statuses, waivers, the review for Sustaining, staleness, the next step. */
class GateReadinessTest {

	static ChecklistItemFact item(long id, AnswerStatus status, boolean toReassess) {
		return new ChecklistItemFact(id, "KEY_" + id, "DATA_MANAGEMENT", "Check " + id, status, null, toReassess);
	}

	@Test
	void metAndNotApplicableNeedNoWaiverEverythingElseDoes() {
		List<GateCheck> checks = GateReadiness.checklist(List.of(item(1, AnswerStatus.MET, false),
				item(2, AnswerStatus.NOT_APPLICABLE, false), item(3, AnswerStatus.PARTLY_MET, false),
				item(4, AnswerStatus.NOT_MET, false), item(5, null, false), item(6, AnswerStatus.MET, true)));
		assertThat(checks).extracting(GateCheck::status).containsExactly(CheckStatus.MET, CheckStatus.NOT_APPLICABLE,
				CheckStatus.PARTLY_MET, CheckStatus.NOT_MET, CheckStatus.NOT_ASSESSED, CheckStatus.TO_REASSESS);
		assertThat(checks).extracting(GateCheck::satisfied).containsExactly(true, true, false, false, false, false);

		Map<String, String> problems = said(GateReadiness.problems(checks, Map.of(3L, "Partly is enough for the pilot.",
				4L, "too short", 5L, "   ")));
		assertThat(problems).containsOnlyKeys("KEY_4", "KEY_5", "KEY_6");
		assertThat(problems.get("KEY_4")).contains("at least 10 characters");
		assertThat(problems.get("KEY_5")).contains("give a reason to waive it");
		assertThat(problems.get("KEY_6")).contains("met, marked to reassess");
	}

	@Test
	void aWaiverIsKeptOnlyForAnUnmetCheck() {
		List<GateCheck> checks = GateReadiness.checklist(List.of(item(1, AnswerStatus.MET, false),
				item(2, AnswerStatus.NOT_MET, false)));
		Map<Long, String> reasons = Map.of(1L, "Not needed but typed", 2L, "  Accepted for the pilot phase.  ");
		assertThat(GateReadiness.waiverFor(checks.get(0), reasons)).isNull();
		assertThat(GateReadiness.waiverFor(checks.get(1), reasons)).isEqualTo("Accepted for the pilot phase.");
		assertThat(GateReadiness.problems(checks, reasons)).isEmpty();
	}

	@Test
	void sustainingNeedsAReviewRecordedAfterEnteringEffectuatingAndCannotBeWaived() {
		Instant entered = Instant.parse("2026-03-01T10:00:00Z");
		LocalDate day = LocalDate.of(2026, 3, 1);
		assertThat(GateReadiness.review(entered, new RecordedReview(day, entered.plusSeconds(60)), UTC).satisfied()).isTrue();
		// Recorded before the return (or the return review itself, which the caller never passes): does not count.
		assertThat(GateReadiness.review(entered, new RecordedReview(day, entered.minusMillis(1)), UTC).satisfied()).isFalse();
		assertThat(GateReadiness.review(entered, new RecordedReview(day, entered), UTC).satisfied()).isFalse();
		// Recorded later but dated back before the return: recorded after, so it counts.
		assertThat(GateReadiness.review(entered, new RecordedReview(day.minusDays(3), entered.plusSeconds(3600)), UTC)
			.satisfied()).isTrue();
		assertThat(GateReadiness.review(entered, null, UTC).satisfied()).isFalse();
		assertThat(GateReadiness.review(null, new RecordedReview(day.minusYears(1), entered.minusSeconds(86_400 * 365)), UTC)
			.satisfied()).isTrue();
		GateCheck missing = GateReadiness.review(entered, null, UTC);
		assertThat(missing.label()).isEqualTo("A review recorded after the initiative entered Effectuating Alignment on 2026-03-01 10:00");
		assertThat(missing.waivable()).isFalse();
		assertThat(said(GateReadiness.problems(List.of(missing), Map.of()))).containsOnlyKeys(GateReadiness.REVIEW_KEY)
			.hasEntrySatisfying(GateReadiness.REVIEW_KEY, message -> assertThat(message).contains("Record a review first"));
	}

	@Test
	void changesSinceTheSnapshotAreNamed() {
		List<GateReadiness.Snapshot> before = List.of(new GateReadiness.Snapshot("KEY_1", "Check 1", CheckStatus.MET),
				new GateReadiness.Snapshot("KEY_2", "Check 2", CheckStatus.NOT_MET),
				new GateReadiness.Snapshot("KEY_9", "Check 9", CheckStatus.MET));
		List<GateCheck> now = GateReadiness.checklist(List.of(item(1, AnswerStatus.NOT_MET, false),
				item(2, AnswerStatus.NOT_MET, false), item(3, AnswerStatus.MET, false)));
		assertThat(GateReadiness.changes(before, now)).map(GateReadinessTest::said).containsExactly("“Check 1”: Met → Not met",
				"“Check 9” is no longer a check of this gate", "“Check 3” is a new check of this gate (Met)");
		assertThat(GateReadiness.changes(before.subList(1, 2), now.subList(1, 2))).isEmpty();
	}

	@Test
	void aGateMovesExactlyOneStep() {
		assertThat(GateKind.STAGE.next(LifecycleStage.DATA_MANAGEMENT.name())).contains("BENCHMARKING_METRICS");
		assertThat(GateKind.STAGE.next(LifecycleStage.PRIVACY_POLICY.name())).contains("IN_OPERATION");
		assertThat(GateKind.STAGE.next(LifecycleStage.IN_OPERATION.name())).isEmpty();
		assertThat(GateKind.PHASE.next(AlignmentPhase.REINITIATING.name())).contains("EFFECTUATING");
		assertThat(GateKind.PHASE.next(AlignmentPhase.SUSTAINING.name())).isEmpty();
		assertThat(GateKind.STAGE.termOf("DATA_MANAGEMENT")).isEqualTo(LifecycleStage.DATA_MANAGEMENT);
		assertThat(GateKind.STAGE.termOf("NO_SUCH_STAGE")).isNull();
	}

	/** The gate bundle, as the portal reads it: the rules give message codes, the reader sees these words. */
	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/gate");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private static String said(MessageSourceResolvable message) {
		return MESSAGES.getMessage(message, Locale.ENGLISH);
	}

	private static Map<String, String> said(Map<String, MessageSourceResolvable> messages) {
		Map<String, String> said = new LinkedHashMap<>();
		messages.forEach((key, message) -> said.put(key, said(message)));
		return said;
	}
}
