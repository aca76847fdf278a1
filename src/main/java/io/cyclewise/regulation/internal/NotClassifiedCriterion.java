package io.cyclewise.regulation.internal;

import io.cyclewise.initiative.InitiativeListCriterion;
import io.cyclewise.initiative.InitiativeRestriction;
import io.cyclewise.shared.Terms;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;

/** {@code /initiatives?only=ai-act-not-classified}: initiatives without any EU AI Act classification yet. */
@Component
class NotClassifiedCriterion implements InitiativeListCriterion {

	static final String NAME = "ai-act-not-classified";

	private final Terms terms;

	NotClassifiedCriterion(Terms terms) {
		this.terms = terms;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return terms.message("regulation.criterion.notClassified");
	}

	@Override
	public InitiativeRestriction specification() {
		return (root, query, builder) -> {
			Subquery<Long> classified = query.subquery(Long.class);
			Root<AiActClassification> classification = classified.from(AiActClassification.class);
			classified.select(classification.get("id"))
				.where(builder.equal(classification.get("initiativeId"), root.get("id")));
			return builder.not(builder.exists(classified));
		};
	}
}
