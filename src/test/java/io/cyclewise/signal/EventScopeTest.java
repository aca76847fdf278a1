package io.cyclewise.signal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scope rule (the SQL in EventLinker does the same; SignalFlowTest cross-checks the two). */
class EventScopeTest {

	@Test
	void theWholeOrganizationCoversEveryInitiative() {
		EventScope scope = EventScope.organization();
		assertThat(scope.covers(1, List.of())).isTrue();
		assertThat(scope.covers(2, List.of("Plant Lyon"))).isTrue();
		assertThat(scope.isEmpty()).isFalse();
	}

	@Test
	void businessUnitsCoverOnlyInitiativesOwnedByANamedUnit() {
		EventScope scope = EventScope.businessUnits(List.of(3L, 5L));
		assertThat(scope.covers(3, List.of())).isTrue();
		assertThat(scope.covers(5, List.of("Plant Lyon"))).isTrue();
		assertThat(scope.covers(4, List.of("Plant Lyon"))).isFalse();
	}

	@Test
	void userContextsMatchIgnoringCaseAndSurroundingSpaces() {
		EventScope scope = EventScope.userContexts(EventScope.parseUserContexts(" plant PORTO ,Region North"));
		assertThat(scope.covers(9, List.of("Plant Porto"))).isTrue();
		assertThat(scope.covers(9, List.of("Plant Lyon", "region north  "))).isTrue();
		assertThat(scope.covers(9, List.of("Plant Lyon"))).isFalse();
		assertThat(scope.covers(9, List.of())).isFalse();
		// A prefix or a part of a name is another user context.
		assertThat(scope.covers(9, List.of("Plant Porto East"))).isFalse();
	}

	@Test
	void typedUserContextsAreSplitTrimmedAndDeduplicated() {
		assertThat(EventScope.parseUserContexts("Web chat,\n web CHAT , , Mobile app\n"))
			.containsExactly("Web chat", "Mobile app");
		assertThat(EventScope.parseUserContexts(null)).isEmpty();
		assertThat(EventScope.parseUserContexts(" , \n")).isEmpty();
	}

	@Test
	void aScopeKeepsOnlyTheListItsKindUses() {
		EventScope scope = new EventScope(ScopeKind.USER_CONTEXTS, Set.of(1L), List.of("Web chat"));
		assertThat(scope.businessUnitIds()).isEmpty();
		assertThat(scope.covers(1, List.of())).isFalse();
		assertThat(EventScope.businessUnits(List.of()).isEmpty()).isTrue();
		assertThat(EventScope.userContexts(List.of()).isEmpty()).isTrue();
	}
}
