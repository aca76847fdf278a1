package io.cyclewise.risk.rule;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.RiskThresholds;
import io.cyclewise.risk.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The engine's rule set: whatever rules it is given, in a stable order, each with its words in both languages. */
class RiskRulesTest {

	private final RiskThresholds defaults = RiskThresholds.defaults();

	/** A rule nobody registered anywhere: it only has to exist to be evaluated. */
	private static final class ModelOwnerMissingRule implements RiskRule {

		@Override
		public String key() {
			return "MODEL_OWNER_MISSING";
		}

		@Override
		public Characteristic characteristic() {
			return Characteristic.TEMPORAL_COMPLEXITY;
		}

		@Override
		public AlignmentPractice practice() {
			return AlignmentPractice.FORGING_NEW_ROLES;
		}

		@Override
		public List<RiskFinding> evaluate(RiskInputs inputs, RiskThresholds thresholds) {
			return List.of(finding("owner", Severity.INFO, "Nobody owns the model of initiative " + inputs.initiativeId() + "."));
		}
	}

	@Test
	void aNewRuleIsEvaluatedWithTheOthersOnceItIsGivenToTheEngine() {
		RiskRules rules = new RiskRules(List.of(new PaceMismatchRule(), new ModelOwnerMissingRule()));
		List<RiskFinding> findings = rules.evaluate(Inputs.quiet().build(), defaults);
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("MODEL_OWNER_MISSING");
			assertThat(finding.subject()).isEqualTo("owner");
			assertThat(finding.explanation()).isEqualTo("Nobody owns the model of initiative 1.");
		});
		assertThat(rules.find("MODEL_OWNER_MISSING")).containsInstanceOf(ModelOwnerMissingRule.class);
		assertThat(rules.find("NO_SUCH_RULE")).isEmpty();
	}

	@Test
	void rulesAreOrderedByCharacteristicThenKeyWhateverOrderTheyCameIn() {
		RiskRules rules = new RiskRules(List.of(new ConditionsNotAssessedRule(), new TaskContextDriftRule(),
				new UnrealisticExpectationRule(), new PaceMismatchRule()));
		assertThat(rules.all()).extracting(RiskRule::key).containsExactly(PaceMismatchRule.KEY,
				UnrealisticExpectationRule.KEY, TaskContextDriftRule.KEY, ConditionsNotAssessedRule.KEY);
	}

	@Test
	void twoRulesMayNotShareAKey() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new RiskRules(List.of(new PaceMismatchRule(), new PaceMismatchRule())))
			.withMessageContaining("PACE_MISMATCH");
	}

	@Test
	void everyRuleOfThePackageHasAWellFormedKeyAndItsWordsInEnglishAndGerman() throws IOException {
		Properties english = bundle("i18n/risk.properties");
		Properties german = bundle("i18n/risk_de.properties");
		List<RiskRule> all = Inputs.allRules().all();
		assertThat(all).extracting(RiskRule::key).contains(PaceMismatchRule.KEY, OrganizationalContextChangeRule.KEY,
				ExternalEnvironmentChangeRule.KEY, ConditionsNotAssessedRule.KEY);
		for (RiskRule rule : all) {
			assertThat(rule.key()).matches("[A-Z][A-Z0-9_]*").hasSizeLessThanOrEqualTo(40);
			for (String code : List.of(rule.titleCode(), rule.conceptCode(), rule.practiceGroupCode())) {
				assertThat(english.getProperty(code)).as(code).isNotBlank();
				assertThat(german.getProperty(code)).as(code + " (de)").isNotBlank();
			}
		}
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
