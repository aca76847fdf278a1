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

	/**
	 * A ratio such as "4.3×": one decimal is enough to read, but a value just above a threshold keeps as many
	 * decimals (up to three) as it needs not to print the same as the threshold ("4.04× apart, more than the 4×").
	 */
	static String factor(double value, double threshold) {
		for (int scale = 1; scale <= 3; scale++) {
			BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, java.math.RoundingMode.HALF_UP);
			if (rounded.compareTo(BigDecimal.valueOf(threshold)) != 0) {
				return rounded.stripTrailingZeros().toPlainString() + "×";
			}
		}
		return number(value) + "×";
	}

	static String percent(double value) {
		return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
	}

	static String key(String text) {
		return text.trim().toLowerCase();
	}
}
