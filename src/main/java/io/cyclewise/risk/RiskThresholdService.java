package io.cyclewise.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and validates the thresholds in force; a change is refused unless within the threshold's range. */
@Service
@Transactional(readOnly = true)
public class RiskThresholdService {

	private final RiskThresholdRepository settings;
	private final Clock clock;

	RiskThresholdService(RiskThresholdRepository settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	public RiskThresholds current() {
		Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
		settings.findAll().forEach(setting -> values.put(setting.getName(), setting.getValue()));
		return new RiskThresholds(values);
	}

	/** @return the problems by threshold; empty when every value was valid and all were saved */
	@Transactional
	public Map<Threshold, String> update(Map<Threshold, BigDecimal> values, String username) {
		Map<Threshold, String> problems = new EnumMap<>(Threshold.class);
		values.forEach((threshold, value) -> {
			String problem = threshold.problemWith(value);
			if (problem != null) {
				problems.put(threshold, problem);
			}
		});
		if (!problems.isEmpty()) {
			return problems;
		}
		RiskThresholds before = current();
		values.forEach((threshold, value) -> {
			if (before.values().get(threshold).compareTo(value) != 0) {
				RiskThresholdSetting setting = settings.findById(threshold).orElseGet(() -> new RiskThresholdSetting(threshold));
				setting.set(value, username, clock.instant());
				settings.save(setting);
			}
		});
		return problems;
	}
}
