package io.cyclewise.signal.event;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeListCriterion;
import io.cyclewise.initiative.InitiativeRestriction;
import io.cyclewise.shared.Terms;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** {@code /initiatives?only=unacknowledged-context-change}: affected by a context change its lead has not answered. */
@Component
class UnacknowledgedEventCriterion implements InitiativeListCriterion {

	private final Terms terms;

	UnacknowledgedEventCriterion(Terms terms) {
		this.terms = terms;
	}

	@Override
	public String name() {
		return "unacknowledged-context-change";
	}

	@Override
	public String label() {
		return terms.message("signal.criterion.unacknowledgedContextChange");
	}

	@Override
	public InitiativeRestriction specification() {
		return (root, query, builder) -> {
			Subquery<Long> open = query.subquery(Long.class);
			Root<EventImpact> impact = open.from(EventImpact.class);
			open.select(impact.get("id")).where(builder.equal(impact.get("initiativeId"), root.get("id")),
					builder.isNull(impact.get("acknowledgedAt")));
			return builder.exists(open);
		};
	}
}
