package io.cyclewise.initiative;

import java.util.EnumSet;

import io.cyclewise.support.TestInitiatives;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InitiativePermissionsTest {

	private final InitiativeSummary ledByLena = TestInitiatives.ledBy("lena");

	@Test
	void aLeadEditsOnlyTheInitiativesTheyLead() {
		assertThat(InitiativePermissions.canEdit(user("lena", Role.PROJECT_LEAD), ledByLena)).isTrue();
		assertThat(InitiativePermissions.canEdit(user("LENA", Role.PROJECT_LEAD), ledByLena)).isTrue();
		assertThat(InitiativePermissions.canEdit(user("luis", Role.PROJECT_LEAD), ledByLena)).isFalse();
	}

	@Test
	void administratorsEditEverythingOthersOnlyRead() {
		assertThat(InitiativePermissions.canEdit(user("ada", Role.ADMIN), ledByLena)).isTrue();
		assertThat(InitiativePermissions.canEdit(user("lena", Role.DATA_SCIENTIST), ledByLena)).isFalse();
		assertThat(InitiativePermissions.canEdit(user("eve", Role.EXECUTIVE), ledByLena)).isFalse();
	}

	@Test
	void onlyLeadsAndAdministratorsRegister() {
		assertThat(InitiativePermissions.canRegister(user("lena", Role.PROJECT_LEAD))).isTrue();
		assertThat(InitiativePermissions.canRegister(user("ada", Role.ADMIN))).isTrue();
		assertThat(InitiativePermissions.canRegister(user("sam", Role.DATA_SCIENTIST))).isFalse();
		assertThat(InitiativePermissions.canRegister(user("eve", Role.EXECUTIVE))).isFalse();
	}

	private static CurrentUser user(String username, Role role) {
		return new CurrentUser(username, EnumSet.of(role));
	}
}
