package io.cyclewise.checklist.internal;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.InitiativeListCriterion;
import io.cyclewise.initiative.InitiativeRestriction;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.shared.Terms;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * {@code /initiatives?only=unmet-condition}: initiatives whose current mechanism requires a necessary condition
 * answered "not met" or "partly met" (the mechanism–condition mismatch of the JSIS 2022 value-creation study).
 */
@Component
class UnmetConditionCriterion implements InitiativeListCriterion {

	static final String NAME = "unmet-condition";

	private final Terms terms;

	UnmetConditionCriterion(Terms terms) {
		this.terms = terms;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return terms.message("checklist.criterion.unmetCondition");
	}

	@Override
	public InitiativeRestriction specification() {
		return (root, query, builder) -> {
			Subquery<Long> unmet = query.subquery(Long.class);
			Root<ChecklistAnswer> answer = unmet.from(ChecklistAnswer.class);
			List<Predicate> requiredByMechanism = new ArrayList<>();
			for (ValueCreationMechanism mechanism : ValueCreationMechanism.values()) {
				List<String> required = NecessaryCondition.requiredFor(mechanism).stream().map(Enum::name).toList();
				requiredByMechanism.add(builder.and(builder.equal(root.get("mechanism"), mechanism),
						answer.get("itemKey").in(required)));
			}
			unmet.select(answer.get("id")).where(
					builder.equal(answer.get("initiativeId"), root.get("id")),
					builder.equal(answer.get("kind"), ChecklistKind.MECHANISM_CONDITIONS),
					// A condition put to reassess by a shock counts as not met, as in the mechanism fit.
					builder.or(answer.get("content").get("status").in(AnswerStatus.NOT_MET, AnswerStatus.PARTLY_MET),
							builder.isNotNull(answer.get("reassessSince"))),
					builder.or(requiredByMechanism.toArray(Predicate[]::new)));
			return builder.exists(unmet);
		};
	}
}
