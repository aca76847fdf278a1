package io.cyclewise.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and validates the thresholds in force; a change is refused unless within the threshold's range. */
@Service
@Transactional(readOnly = true)
public class RiskThresholdService {

	private final RiskThresholdRepository settings;
	private final RecomputationQueue recomputations;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	RiskThresholdService(RiskThresholdRepository settings, RecomputationQueue recomputations, Clock clock,
			ApplicationEventPublisher events) {
		this.settings = settings;
		this.recomputations = recomputations;
		this.clock = clock;
		this.events = events;
	}

	public RiskThresholds current() {
		Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
		settings.findAll().forEach(setting -> values.put(setting.getName(), setting.getValue()));
		return new RiskThresholds(values);
	}

	/**
	 * Saves the changed values and, in the same transaction, marks every initiative for recomputation: the flags
	 * follow in the background, and a recomputation already running is repeated with the new values.
	 * @return the problems by threshold; empty when every value was valid and all were saved
	 */
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
		java.util.List<String> changes = new java.util.ArrayList<>();
		boolean changed = false;
		for (Map.Entry<Threshold, BigDecimal> entry : values.entrySet()) {
			if (before.values().get(entry.getKey()).compareTo(entry.getValue()) != 0) {
				changes.add(entry.getKey().label() + ": "
						+ before.values().get(entry.getKey()).stripTrailingZeros().toPlainString() + " → "
						+ entry.getValue().stripTrailingZeros().toPlainString());
				RiskThresholdSetting setting = settings.findById(entry.getKey())
					.orElseGet(() -> new RiskThresholdSetting(entry.getKey()));
				setting.set(entry.getValue(), username, clock.instant());
				settings.saveAndFlush(setting);
				changed = true;
			}
		}
		if (changed) {
			recomputations.markAll("Risk thresholds changed by " + username);
			events.publishEvent(new RiskThresholdsChanged(username, java.util.List.copyOf(changes)));
		}
		return problems;
	}
}
