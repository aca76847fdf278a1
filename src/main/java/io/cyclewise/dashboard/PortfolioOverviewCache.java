package io.cyclewise.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's aggregates change only when the risk engine commits recomputed initiatives (every change to
 * an initiative, checklist, signal, acceptance or threshold goes through it), so they are cached per filter and
 * per rollup generation ({@code risk_rollup_generation}, bumped after each such commit). Every request reads the
 * generation (one tiny query); several app instances share it through the database, so none serves aggregates
 * older than the last committed recomputation. The day is part of the key because the weekly chart and the
 * accepted risks depend on it.
 */
@Component
class PortfolioOverviewCache {

	private final DashboardQueries queries;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Cache<Key, PortfolioOverview> cache;

	PortfolioOverviewCache(DashboardQueries queries, JdbcClient jdbc, Clock clock,
			@Value("${cyclewise.dashboard.cache.maximum-size:500}") long maximumSize) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.clock = clock;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(Duration.ofMinutes(10)).build();
	}

	record Key(String where, Map<String, Object> parameters, long generation, LocalDate day) {
	}

	PortfolioOverview overview(PortfolioScope scope) {
		long generation = jdbc.sql("SELECT last_value FROM risk_rollup_generation").query(Long.class).single();
		Key key = new Key(scope.where(), new TreeMap<>(scope.parameters().getValues()), generation, LocalDate.now(clock));
		return cache.get(key, ignored -> PortfolioOverview.of(queries, scope));
	}
}
