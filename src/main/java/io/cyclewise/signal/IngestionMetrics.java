package io.cyclewise.signal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts stored observations and data checks per channel ({@code cyclewise.observations.ingested},
 * {@code cyclewise.data_checks.ingested}, tag {@code channel}), for {@code /actuator/prometheus}. Whatever stores
 * them calls this, inside its transaction: the count moves on only when that transaction commits, so a rejected or
 * rolled-back submission counts nothing.
 */
@Component
public class IngestionMetrics {

	/** Entered in the portal's forms. */
	public static final String FORM = "form";

	/** Sent through the API. */
	public static final String API = "api";

	private static final String OBSERVATIONS = "cyclewise.observations.ingested";
	private static final String DATA_CHECKS = "cyclewise.data_checks.ingested";

	private final MeterRegistry registry;

	IngestionMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (String channel : new String[] { FORM, API }) {
			counter(OBSERVATIONS, channel);
			counter(DATA_CHECKS, channel);
		}
	}

	public void observationsStored(int count, String channel) {
		countAfterCommit(counter(OBSERVATIONS, channel), count);
	}

	public void dataChecksStored(int count, String channel) {
		countAfterCommit(counter(DATA_CHECKS, channel), count);
	}

	/** Registered up front for both channels, so a series exists (at 0) before the first submission. */
	private Counter counter(String name, String channel) {
		return Counter.builder(name).tag("channel", channel)
			.description(name.equals(OBSERVATIONS) ? "Performance observations stored" : "Data checks stored")
			.register(registry);
	}

	private static void countAfterCommit(Counter counter, int count) {
		if (count <= 0) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment(count);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				counter.increment(count);
			}
		});
	}
}
