package io.cyclewise.risk;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open flags by severity of many initiatives at once (one query on the risk engine's rollup), for lists such as the
 * board report's appendix. An initiative not yet computed is absent.
 */
@Component
@Transactional(readOnly = true)
public class OpenFlagCounts {

	/** Open flags of one initiative by severity, as the risk engine last computed them. */
	public record Counts(long critical, long warning, long info) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	OpenFlagCounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, Counts> of(Collection<Long> initiativeIds) {
		Map<Long, Counts> counts = new HashMap<>();
		if (initiativeIds.isEmpty()) {
			return counts;
		}
		jdbc.query("SELECT initiative_id, critical_open, warning_open, info_open FROM risk_rollup"
				+ " WHERE initiative_id IN (:ids)", Map.of("ids", initiativeIds),
				rs -> {
					counts.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
				});
		return counts;
	}
}
