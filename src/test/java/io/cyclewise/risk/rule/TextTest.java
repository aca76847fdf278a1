package io.cyclewise.risk.rule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How explanations print numbers. */
class TextTest {

	@Test
	void aFactorHasOneDecimal() {
		assertThat(Text.factor(30.0 / 7, 4)).isEqualTo("4.3×");
		assertThat(Text.factor(365.0 / 14, 4)).isEqualTo("26.1×");
		assertThat(Text.factor(5, 4)).isEqualTo("5×");
		assertThat(Text.factor(4.96, 4)).isEqualTo("5×");
	}

	@Test
	void aFactorJustAboveItsThresholdKeepsTheDecimalsThatTellThemApart() {
		assertThat(Text.factor(4.04, 4)).isEqualTo("4.04×");
		assertThat(Text.factor(4.004, 4)).isEqualTo("4.004×");
	}

	@Test
	void otherNumbersKeepAtMostThreeDecimalsWithoutTrailingZeros() {
		assertThat(Text.number(0.91234)).isEqualTo("0.912");
		assertThat(Text.number(2.50)).isEqualTo("2.5");
		assertThat(Text.percent(12.345)).isEqualTo("12.3 %");
	}
}
