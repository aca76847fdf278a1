package io.cyclewise.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.risk.internal.RecomputationQueue;
import io.cyclewise.risk.internal.RiskThresholdRepository;
import io.cyclewise.risk.internal.RiskThresholdSetting;
import io.cyclewise.shared.ConflictException;
import io.cyclewise.shared.Terms;
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
	private final Terms terms;

	RiskThresholdService(RiskThresholdRepository settings, RecomputationQueue recomputations, Clock clock,
			ApplicationEventPublisher events, Terms terms) {
		this.terms = terms;
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
	 * @throws ConflictException for a value out of its threshold's range (pages validate before calling)
	 */
	@Transactional
	public void update(Map<Threshold, BigDecimal> values, String username) {
		values.forEach((threshold, value) -> {
			if (!threshold.accepts(value)) {
				throw new ConflictException("risk.thresholds.refused", threshold.name());
			}
		});
		RiskThresholds before = current();
		List<String> changes = new ArrayList<>();
		boolean changed = false;
		for (Map.Entry<Threshold, BigDecimal> entry : values.entrySet()) {
			if (before.values().get(entry.getKey()).compareTo(entry.getValue()) != 0) {
				// The audit log keeps one wording for everybody: English, as it always did.
				changes.add(terms.label(entry.getKey(), Locale.ENGLISH) + ": "
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
			events.publishEvent(new RiskThresholdsChanged(username, List.copyOf(changes)));
		}
	}
}
