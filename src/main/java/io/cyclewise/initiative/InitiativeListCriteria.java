package io.cyclewise.initiative;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every {@link InitiativeListCriterion} other modules contribute, looked up by the name a request uses. */
@Component
class InitiativeListCriteria {

	private final List<InitiativeListCriterion> criteria;

	InitiativeListCriteria(List<InitiativeListCriterion> criteria) {
		this.criteria = List.copyOf(criteria);
	}

	Optional<InitiativeListCriterion> resolve(String name) {
		return criteria.stream().map(criterion -> criterion.resolve(name)).flatMap(Optional::stream).findFirst();
	}

	/** The criteria a list offers to choose from, by label. */
	List<InitiativeListCriterion> offered() {
		return criteria.stream().filter(InitiativeListCriterion::offered)
			.sorted(Comparator.comparing(InitiativeListCriterion::label)).toList();
	}

	List<String> offeredNames() {
		return offered().stream().map(InitiativeListCriterion::name).toList();
	}
}
