package io.cyclewise.signal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.cyclewise.support.Users.AS_ADMIN;
import static io.cyclewise.support.Users.AS_EXECUTIVE;
import static io.cyclewise.support.Users.AS_LEAD;
import static io.cyclewise.support.Users.AS_SCIENTIST;
import static org.assertj.core.api.Assertions.assertThat;

class SignalPermissionsTest {

	@Test
	void dataScientistsAndAdminsRecordMeasurements() {
		assertThat(SignalPermissions.canRecordMeasurements(AS_SCIENTIST)).isTrue();
		assertThat(SignalPermissions.canRecordMeasurements(AS_ADMIN)).isTrue();
		assertThat(SignalPermissions.canRecordMeasurements(AS_LEAD)).isFalse();
		assertThat(SignalPermissions.canRecordMeasurements(AS_EXECUTIVE)).isFalse();
	}

	@Test
	void organizationWideEventsAreForExecutivesAndAdmins() {
		EventScope everyone = EventScope.organization();
		assertThat(SignalPermissions.canRecordEvent(AS_EXECUTIVE, everyone, Set.of(), Set.of())).isTrue();
		assertThat(SignalPermissions.canRecordEvent(AS_ADMIN, everyone, Set.of(), Set.of())).isTrue();
		assertThat(SignalPermissions.canRecordEvent(AS_LEAD, everyone, Set.of(1L), Set.of("web chat"))).isFalse();
		assertThat(SignalPermissions.canRecordEvent(AS_SCIENTIST, everyone, Set.of(), Set.of())).isFalse();
	}

	@Test
	void leadsRecordEventsOnlyWhereTheyLeadAnInitiative() {
		assertThat(SignalPermissions.canRecordEvent(AS_LEAD, EventScope.businessUnits(List.of(1L, 2L)), Set.of(1L, 2L, 3L), Set.of()))
			.isTrue();
		assertThat(SignalPermissions.canRecordEvent(AS_LEAD, EventScope.businessUnits(List.of(1L, 4L)), Set.of(1L), Set.of()))
			.isFalse();
		assertThat(SignalPermissions.canRecordEvent(AS_LEAD, EventScope.userContexts(List.of("Web Chat ")), Set.of(), Set.of("web chat")))
			.isTrue();
		assertThat(SignalPermissions.canRecordEvent(AS_LEAD, EventScope.userContexts(List.of("Plant Lyon")), Set.of(), Set.of("web chat")))
			.isFalse();
		assertThat(SignalPermissions.canRecordEvent(AS_EXECUTIVE, EventScope.businessUnits(List.of(1L)), Set.of(1L), Set.of()))
			.isFalse();
		assertThat(SignalPermissions.canRecordEvent(AS_ADMIN, EventScope.businessUnits(List.of(9L)), Set.of(), Set.of())).isTrue();
	}

	@Test
	void whoeverRecordedAnEventOrAnAdminClosesIt() {
		assertThat(SignalPermissions.canClose(AS_LEAD, "LEAD")).isTrue();
		assertThat(SignalPermissions.canClose(AS_LEAD, "lead2")).isFalse();
		assertThat(SignalPermissions.canClose(AS_ADMIN, "lead2")).isTrue();
	}
}
