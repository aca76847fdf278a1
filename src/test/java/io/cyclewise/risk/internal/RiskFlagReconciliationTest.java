package io.cyclewise.risk.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;
import io.cyclewise.risk.Severity;
import io.cyclewise.risk.Threshold;
import io.cyclewise.risk.rule.PaceMismatchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskFlagReconciliationTest {

	private final Instant monday = Instant.parse("2026-11-23T08:00:00Z");
	private final Instant tuesday = Instant.parse("2026-11-24T08:00:00Z");

	private final RiskFinding paceOrganization = new RiskFinding(PaceMismatchRule.KEY, "organization", Severity.WARNING, "6× apart");
	private final RiskFinding paceUser = new RiskFinding(PaceMismatchRule.KEY, "user", Severity.WARNING, "26× apart");

	@Test
	void newFindingsAreRaisedVanishedOnesClearedAndPersistingOnesKeepTheirRaisedDate() {
		var first = RiskFlagReconciliation.reconcile(1L, List.of(), List.of(paceOrganization), rule -> Characteristic.TEMPORAL_COMPLEXITY, monday);
		assertThat(first.raised()).singleElement().satisfies(flag -> {
			assertThat(flag.getRaisedAt()).isEqualTo(monday);
			assertThat(flag.isOpen()).isTrue();
		});

		RiskFlag open = first.raised().get(0);
		RiskFinding worse = new RiskFinding(PaceMismatchRule.KEY, "organization", Severity.CRITICAL, "9× apart");
		var second = RiskFlagReconciliation.reconcile(1L, List.of(open), List.of(worse, paceUser), rule -> Characteristic.TEMPORAL_COMPLEXITY, tuesday);
		assertThat(second.kept()).containsExactly(open);
		assertThat(open.getRaisedAt()).isEqualTo(monday);
		assertThat(open.getSeverity()).isEqualTo(Severity.CRITICAL);
		assertThat(open.getExplanation()).isEqualTo("9× apart");
		assertThat(second.raised()).extracting(RiskFlag::getSubject).containsExactly("user");
		assertThat(second.cleared()).isEmpty();

		var third = RiskFlagReconciliation.reconcile(1L, List.of(open), List.of(), rule -> Characteristic.TEMPORAL_COMPLEXITY, tuesday);
		assertThat(third.cleared()).containsExactly(open);
		assertThat(open.isOpen()).isFalse();
		assertThat(open.getClearedAt()).isEqualTo(tuesday);
	}

	@Test
	void duplicateFindingsRaiseOneFlag() {
		var outcome = RiskFlagReconciliation.reconcile(1L, List.of(), List.of(paceUser, paceUser), rule -> Characteristic.TEMPORAL_COMPLEXITY, monday);
		assertThat(outcome.raised()).hasSize(1);
	}

	@Test
	void thresholdsRefuseValuesOutsideTheirRange() {
		assertThat(Threshold.PACE_MISMATCH_FACTOR.accepts(new BigDecimal("-1"))).isFalse();
		assertThat(Threshold.PACE_MISMATCH_FACTOR.accepts(new BigDecimal("1e9"))).isFalse();
		assertThat(Threshold.PACE_MISMATCH_FACTOR.accepts(new BigDecimal("1.5"))).isTrue();
		assertThat(Threshold.PACE_MISMATCH_FACTOR.accepts(null)).isFalse();
	}
}
