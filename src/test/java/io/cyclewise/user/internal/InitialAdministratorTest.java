package io.cyclewise.user.internal;

import java.util.EnumSet;

import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The first administrator's password from the environment follows the password policy, or the start fails. */
class InitialAdministratorTest {

	@Test
	void aWeakPasswordStopsTheStartWithAMessageAndCreatesNobody() {
		UserDirectory users = mock(UserDirectory.class);
		when(users.isEmpty()).thenReturn(true);
		assertThatThrownBy(() -> new InitialAdministrator(users, "admin", "password1234").run(null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CYCLEWISE_ADMIN_PASSWORD is not accepted")
			.hasMessageContaining("commonly used");
		assertThatThrownBy(() -> new InitialAdministrator(users, "admin", "short").run(null))
			.hasMessageContaining("at least 12 characters");
		verify(users, never()).register(anyString(), anyString(), anyString(), any());
	}

	@Test
	void aGoodPasswordCreatesTheAdministrator() {
		UserDirectory users = mock(UserDirectory.class);
		when(users.isEmpty()).thenReturn(true);
		new InitialAdministrator(users, "admin", "seven lazy otters juggle").run(null);
		verify(users).register("admin", "Administrator", "seven lazy otters juggle", EnumSet.of(Role.ADMIN));
	}

	@Test
	void onceUsersExistThePasswordIsNotRead() {
		UserDirectory users = mock(UserDirectory.class);
		when(users.isEmpty()).thenReturn(false);
		new InitialAdministrator(users, "admin", "weak").run(null);
		verify(users, never()).register(anyString(), anyString(), anyString(), any());
	}
}
