package io.cyclewise.risk.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.cyclewise.risk.Characteristic;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The risk module's gauges on {@code /actuator/prometheus} (docs/architecture.md, "Operations"):
 * {@code cyclewise.flags.open} per characteristic and {@code cyclewise.recomputation.backlog}. Both come from small
 * tables, the dashboard's rollup ({@code risk_rollup}, one row per initiative, its open flags by characteristic) and
 * the recomputation marks, and are read at most once per refresh interval ({@link CachedReading}).
 */
@Component
class RiskMetrics implements MeterBinder {

	private final CachedReading<Map<Characteristic, Long>> openFlags;
	private final CachedReading<Long> backlog;

	RiskMetrics(JdbcClient jdbc, @Value("${cyclewise.metrics.refresh-interval:30s}") Duration refreshInterval) {
		this.openFlags = new CachedReading<>("the open flags", () -> openFlags(jdbc), refreshInterval);
		this.backlog = new CachedReading<>("the recomputation backlog",
				() -> jdbc.sql("SELECT count(*) FROM risk_recomputation_mark").query(Long.class).single(), refreshInterval);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Characteristic characteristic : Characteristic.values()) {
			Gauge.builder("cyclewise.flags.open", () -> openFlags.get().map(counts -> (Number) counts.get(characteristic))
						.orElse(Double.NaN))
				.tag("characteristic", tagValue(characteristic))
				.description("Open risk flags (not cleared, accepted ones included) of this characteristic")
				.register(registry);
		}
		Gauge.builder("cyclewise.recomputation.backlog", () -> backlog.get().map(count -> (Number) count).orElse(Double.NaN))
			.description("Initiatives waiting for their risk flags to be recomputed")
			.register(registry);
	}

	/** E.g. {@code temporal_complexity}: Prometheus label values in lower case. */
	static String tagValue(Characteristic characteristic) {
		return characteristic.name().toLowerCase(Locale.ROOT);
	}

	private static Map<Characteristic, Long> openFlags(JdbcClient jdbc) {
		return jdbc.sql("SELECT coalesce(sum(temporal_open), 0), coalesce(sum(context_open), 0),"
				+ " coalesce(sum(mechanism_fit_open), 0) FROM risk_rollup").query((rs, row) -> {
			Map<Characteristic, Long> counts = new EnumMap<>(Characteristic.class);
			for (Characteristic characteristic : Characteristic.values()) {
				counts.put(characteristic, rs.getLong(column(characteristic)));
			}
			return counts;
		}).single();
	}

	/** The position of each characteristic's sum above; a new characteristic needs a rollup column (compile error here). */
	private static int column(Characteristic characteristic) {
		return switch (characteristic) {
			case TEMPORAL_COMPLEXITY -> 1;
			case CONTEXT_SENSITIVITY -> 2;
			case MECHANISM_FIT -> 3;
		};
	}
}
