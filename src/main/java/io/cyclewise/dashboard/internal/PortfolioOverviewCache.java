package io.cyclewise.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cyclewise.risk.RollupGeneration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dashboard's aggregates, and so the HTML that shows them, change only when the risk engine commits
 * recomputed initiatives (every change to an initiative, checklist, signal, acceptance or threshold goes through
 * it), so they are cached per filter and per rollup generation ({@link RollupGeneration}, moved on after each such commit): this instance's commits show
 * at once, another instance's within a second. The day is part of the key because the weekly chart and the
 * accepted risks depend on it. The filter drop-downs (business units, leads) are part of the cached HTML, so an
 * entry lives at most a minute: a new business unit or lead appears in them within a minute.
 */
@Component
class PortfolioOverviewCache {

	private final DashboardQueries queries;
	private final RollupGeneration rollupGeneration;
	private final Clock clock;
	private final Cache<Key, String> cache;

	PortfolioOverviewCache(DashboardQueries queries, RollupGeneration rollupGeneration, Clock clock,
			@Value("${cyclewise.dashboard.cache.maximum-size:500}") long maximumSize) {
		this.queries = queries;
		this.rollupGeneration = rollupGeneration;
		this.clock = clock;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(Duration.ofMinutes(1)).build();
	}

	record Key(String where, Map<String, Object> parameters, String variant, long generation, LocalDate day,
			Locale locale) {
	}

	/**
	 * The dashboard's content for this scope as HTML: rendered by {@code render} from a fresh overview on a miss,
	 * from the cache otherwise (most requests render only the page chrome).
	 * @param variant what else the HTML depends on (whose view, which filter values were refused)
	 */
	String content(PortfolioScope scope, String variant, Locale locale, Function<PortfolioOverview, String> render) {
		long generation = rollupGeneration.current();
		Key key = new Key(scope.where(), new TreeMap<>(scope.parameters().getValues()), variant, generation,
				LocalDate.now(clock), locale);
		return cache.get(key, ignored -> render.apply(PortfolioOverview.of(queries, scope)));
	}
}
