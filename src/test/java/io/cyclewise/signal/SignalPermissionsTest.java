package io.cyclewise.signal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignalPermissionsTest {

	static final CurrentUser LEAD = new CurrentUser("lead", EnumSet.of(Role.PROJECT_LEAD));
	static final CurrentUser SCIENTIST = new CurrentUser("scientist", EnumSet.of(Role.DATA_SCIENTIST));
	static final CurrentUser EXECUTIVE = new CurrentUser("executive", EnumSet.of(Role.EXECUTIVE));
	static final CurrentUser ADMIN = new CurrentUser("admin", EnumSet.of(Role.ADMIN));

	@Test
	void dataScientistsAndAdminsRecordMeasurements() {
		assertThat(SignalPermissions.canRecordMeasurements(SCIENTIST)).isTrue();
		assertThat(SignalPermissions.canRecordMeasurements(ADMIN)).isTrue();
		assertThat(SignalPermissions.canRecordMeasurements(LEAD)).isFalse();
		assertThat(SignalPermissions.canRecordMeasurements(EXECUTIVE)).isFalse();
	}

	@Test
	void organizationWideEventsAreForExecutivesAndAdmins() {
		EventScope everyone = EventScope.organization();
		assertThat(SignalPermissions.canRecordEvent(EXECUTIVE, everyone, Set.of(), Set.of())).isTrue();
		assertThat(SignalPermissions.canRecordEvent(ADMIN, everyone, Set.of(), Set.of())).isTrue();
		assertThat(SignalPermissions.canRecordEvent(LEAD, everyone, Set.of(1L), Set.of("web chat"))).isFalse();
		assertThat(SignalPermissions.canRecordEvent(SCIENTIST, everyone, Set.of(), Set.of())).isFalse();
	}

	@Test
	void leadsRecordEventsOnlyWhereTheyLeadAnInitiative() {
		assertThat(SignalPermissions.canRecordEvent(LEAD, EventScope.businessUnits(List.of(1L, 2L)), Set.of(1L, 2L, 3L), Set.of()))
			.isTrue();
		assertThat(SignalPermissions.canRecordEvent(LEAD, EventScope.businessUnits(List.of(1L, 4L)), Set.of(1L), Set.of()))
			.isFalse();
		assertThat(SignalPermissions.canRecordEvent(LEAD, EventScope.userContexts(List.of("Web Chat ")), Set.of(), Set.of("web chat")))
			.isTrue();
		assertThat(SignalPermissions.canRecordEvent(LEAD, EventScope.userContexts(List.of("Plant Lyon")), Set.of(), Set.of("web chat")))
			.isFalse();
		assertThat(SignalPermissions.canRecordEvent(EXECUTIVE, EventScope.businessUnits(List.of(1L)), Set.of(1L), Set.of()))
			.isFalse();
		assertThat(SignalPermissions.canRecordEvent(ADMIN, EventScope.businessUnits(List.of(9L)), Set.of(), Set.of())).isTrue();
	}

	@Test
	void whoeverRecordedAnEventOrAnAdminClosesIt() {
		assertThat(SignalPermissions.canClose(LEAD, "LEAD")).isTrue();
		assertThat(SignalPermissions.canClose(LEAD, "lead2")).isFalse();
		assertThat(SignalPermissions.canClose(ADMIN, "lead2")).isTrue();
	}
}
