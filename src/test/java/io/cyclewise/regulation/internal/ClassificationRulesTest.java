package io.cyclewise.regulation.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cyclewise.regulation.AiActTier;
import io.cyclewise.regulation.ClassificationAnswers;
import io.cyclewise.regulation.HighRiskArea;
import io.cyclewise.regulation.ProhibitedPractice;
import io.cyclewise.regulation.TransparencyDuty;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The AI Act tiers and the contradictions, as plain rules. */
class ClassificationRulesTest {

	private static ClassificationAnswers answers(Set<ProhibitedPractice> practices, boolean annexI, Set<HighRiskArea> areas,
			Boolean profiles, boolean exception, String reason, Set<TransparencyDuty> duties) {
		return new ClassificationAnswers(practices, annexI, areas, profiles, exception, reason, duties);
	}

	private static ClassificationAnswers nothing() {
		return answers(Set.of(), false, Set.of(), null, false, null, Set.of());
	}

	@Test
	void anArticle5PracticeIsProhibitedWhateverElseIsTicked() {
		assertThat(ClassificationRules.derive(answers(Set.of(ProhibitedPractice.SOCIAL_SCORING), true,
				Set.of(HighRiskArea.EMPLOYMENT), true, false, null, Set.of(TransparencyDuty.DEEP_FAKES))))
			.isEqualTo(AiActTier.PROHIBITED);
	}

	@Test
	void anAnnexIProductIsHighRisk() {
		assertThat(ClassificationRules.derive(answers(Set.of(), true, Set.of(), null, false, null, Set.of())))
			.isEqualTo(AiActTier.HIGH_RISK);
	}

	@Test
	void anAnnexIIIAreaIsHighRiskUnlessAValidExceptionHolds() {
		assertThat(ClassificationRules.derive(answers(Set.of(), false, Set.of(HighRiskArea.ESSENTIAL_SERVICES), true,
				false, null, Set.of()))).isEqualTo(AiActTier.HIGH_RISK);
		ClassificationAnswers excepted = answers(Set.of(), false, Set.of(HighRiskArea.EDUCATION), false, true,
				"Only checks that uploaded files are complete: a narrow procedural task.", Set.of());
		assertThat(ClassificationRules.derive(excepted)).isEqualTo(AiActTier.MINIMAL);
		assertThat(ClassificationRules.contradictions(excepted, AiActTier.MINIMAL)).isEmpty();
		// The exception does not remove the transparency duties.
		assertThat(ClassificationRules.derive(answers(Set.of(), false, Set.of(HighRiskArea.EDUCATION), false, true,
				"A narrow procedural task only.", Set.of(TransparencyDuty.INTERACTS_WITH_PEOPLE)))).isEqualTo(AiActTier.TRANSPARENCY);
	}

	@Test
	void anExceptionWhileProfilingIsNoExceptionAndIsRefused() {
		ClassificationAnswers profiling = answers(Set.of(), false, Set.of(HighRiskArea.EMPLOYMENT), true, true,
				"We think it is harmless.", Set.of());
		assertThat(ClassificationRules.derive(profiling)).isEqualTo(AiActTier.HIGH_RISK);
		assertThat(said(ClassificationRules.contradictions(profiling, AiActTier.HIGH_RISK))).containsOnlyKeys("exceptionClaimed")
			.extractingByKey("exceptionClaimed").asString().contains("profiles natural persons");
	}

	@Test
	void anArticle50DutyAloneGivesTransparencyDuties() {
		assertThat(ClassificationRules.derive(answers(Set.of(), false, Set.of(), null, false, null,
				Set.of(TransparencyDuty.INTERACTS_WITH_PEOPLE)))).isEqualTo(AiActTier.TRANSPARENCY);
	}

	@Test
	void nothingTickedIsMinimal() {
		assertThat(ClassificationRules.derive(nothing())).isEqualTo(AiActTier.MINIMAL);
		assertThat(ClassificationRules.contradictions(nothing(), AiActTier.MINIMAL)).isEmpty();
	}

	@Test
	void aStatedTierThatDiffersFromTheAnswersIsRefusedWithTheReason() {
		Map<String, String> problems = said(ClassificationRules.contradictions(answers(Set.of(ProhibitedPractice.MANIPULATION),
				false, Set.of(), null, false, null, Set.of()), AiActTier.MINIMAL));
		assertThat(problems).containsOnlyKeys("statedTier");
		assertThat(problems.get("statedTier")).isEqualTo("You ticked an Article 5 practice, so the tier is “prohibited”, not “minimal risk”.");
		assertThat(said(ClassificationRules.contradictions(answers(Set.of(), true, Set.of(), null, false, null, Set.of()),
				AiActTier.TRANSPARENCY)).get("statedTier")).contains("Annex I").contains("“high-risk”");
		assertThat(said(ClassificationRules.contradictions(nothing(), AiActTier.HIGH_RISK)).get("statedTier"))
			.contains("“minimal risk”, not “high-risk”");
		assertThat(said(ClassificationRules.contradictions(answers(Set.of(), false, Set.of(), null, false, null,
				Set.of(TransparencyDuty.DEEP_FAKES)), AiActTier.MINIMAL)).get("statedTier")).contains("Article 50");
	}

	@Test
	void anExceptionWithoutAnAnnexIIIAreaOrWithoutAReasonIsRefused() {
		assertThat(ClassificationRules.contradictions(answers(Set.of(), false, Set.of(), null, true, "Harmless.",
				Set.of()), AiActTier.MINIMAL)).containsOnlyKeys("exceptionClaimed");
		assertThat(ClassificationRules.contradictions(answers(Set.of(), false, Set.of(HighRiskArea.EDUCATION), false,
				true, "  ", Set.of()), AiActTier.HIGH_RISK)).containsOnlyKeys("exceptionReason");
	}

	@Test
	void anAnnexIIIAreaNeedsTheProfilingAnswer() {
		assertThat(ClassificationRules.contradictions(answers(Set.of(), false, Set.of(HighRiskArea.BIOMETRICS), null,
				false, null, Set.of()), AiActTier.HIGH_RISK)).containsOnlyKeys("profilesNaturalPersons");
	}

	/** The regulation bundle, as the portal reads it: the rules give message codes, the reader sees these words. */
	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/regulation");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private static Map<String, String> said(Map<String, MessageSourceResolvable> messages) {
		Map<String, String> said = new LinkedHashMap<>();
		messages.forEach((key, message) -> said.put(key, MESSAGES.getMessage(message, Locale.ENGLISH)));
		return said;
	}
}
