package io.cyclewise.initiative;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * A condition on the initiative list contributed by another module, written against the initiative's root without
 * knowing its entity class (usually an {@code exists} subquery on the contributor's own tables joined on
 * {@code initiative.get("id")}).
 */
@FunctionalInterface
public interface InitiativeRestriction {

	Predicate toPredicate(Root<?> initiative, CriteriaQuery<?> query, CriteriaBuilder builder);
}
