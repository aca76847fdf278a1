package io.cyclewise.risk;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The thresholds in force; any not set takes its default. */
public record RiskThresholds(Map<Threshold, BigDecimal> values) {

	public RiskThresholds {
		EnumMap<Threshold, BigDecimal> complete = new EnumMap<>(Threshold.class);
		for (Threshold threshold : Threshold.values()) {
			complete.put(threshold, values.getOrDefault(threshold, threshold.defaultValue()));
		}
		values = Map.copyOf(complete);
	}

	public static RiskThresholds defaults() {
		return new RiskThresholds(Map.of());
	}

	public RiskThresholds with(Threshold threshold, String value) {
		EnumMap<Threshold, BigDecimal> changed = new EnumMap<>(values);
		changed.put(threshold, new BigDecimal(value));
		return new RiskThresholds(changed);
	}

	public double get(Threshold threshold) {
		return values.get(threshold).doubleValue();
	}

	/** For thresholds counted in whole units (days, changes, iterations). */
	public int whole(Threshold threshold) {
		return values.get(threshold).intValue();
	}
}
