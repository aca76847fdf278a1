package io.cyclewise.initiative;

import io.cyclewise.initiative.internal.Initiative;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/** Criteria-API building blocks on initiatives for other modules' queries, without exposing the entity. */
public final class InitiativeCriteria {

	private InitiativeCriteria() {
	}

	/** The ids of the initiatives of one business unit, e.g. for {@code flag.initiativeId in (…)}. */
	public static Subquery<Long> idsInBusinessUnit(CommonAbstractCriteria query, CriteriaBuilder builder,
			long businessUnitId) {
		Subquery<Long> inUnit = query.subquery(Long.class);
		Root<Initiative> initiatives = inUnit.from(Initiative.class);
		return inUnit.select(initiatives.get("id"))
			.where(builder.equal(initiatives.get("businessUnit").get("id"), businessUnitId));
	}
}
