package io.cyclewise.dashboard.internal;

import io.cyclewise.dashboard.DashboardFilter;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The dashboard filter as a SQL condition on {@code initiative i}, with only the parameters that are set. */
record PortfolioScope(String where, MapSqlParameterSource parameters) {

	static PortfolioScope of(DashboardFilter filter) {
		List<String> conditions = new ArrayList<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (filter.getBusinessUnit() != null) {
			conditions.add("i.business_unit_id = :businessUnit");
			parameters.addValue("businessUnit", filter.getBusinessUnit());
		}
		if (filter.getPhase() != null) {
			conditions.add("i.alignment_phase = :phase");
			parameters.addValue("phase", filter.getPhase().name());
		}
		if (filter.getMechanism() != null) {
			conditions.add("i.mechanism = :mechanism");
			parameters.addValue("mechanism", filter.getMechanism().name());
		}
		if (filter.getLead() != null) {
			conditions.add("i.lead_id = :lead");
			parameters.addValue("lead", filter.getLead());
		}
		return new PortfolioScope(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), parameters);
	}
}
