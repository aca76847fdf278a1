package io.cyclewise.signal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeListCriterion;
import io.cyclewise.initiative.InitiativeRestriction;
import io.cyclewise.shared.Terms;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** {@code /initiatives?only=review-overdue}: the due dates are computed in SQL, the list narrows to those ids. */
@Component
class ReviewOverdueCriterion implements InitiativeListCriterion {

	private final ReviewQueries queries;
	private final Clock clock;
	private final Terms terms;

	ReviewOverdueCriterion(ReviewQueries queries, Clock clock, Terms terms) {
		this.queries = queries;
		this.clock = clock;
		this.terms = terms;
	}

	@Override
	public String name() {
		return "review-overdue";
	}

	@Override
	public String label() {
		return terms.message("signal.criterion.reviewOverdue");
	}

	@Override
	public InitiativeRestriction specification() {
		return (root, query, builder) -> {
			List<Long> overdue = queries.overdueIds(LocalDate.now(clock));
			return overdue.isEmpty() ? builder.disjunction() : root.get("id").in(overdue);
		};
	}
}
