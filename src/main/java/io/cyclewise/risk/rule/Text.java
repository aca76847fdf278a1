package io.cyclewise.risk.rule;

import java.math.BigDecimal;

/** Numbers as the explanations print them: no trailing zeros, at most three decimals. */
final class Text {

	private Text() {
	}

	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	static String percent(double value) {
		return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
	}

	static String key(String text) {
		return text.trim().toLowerCase();
	}
}
