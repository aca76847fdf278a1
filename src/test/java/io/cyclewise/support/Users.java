package io.cyclewise.support;

import java.util.EnumSet;

import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo people (V-migrations seed them) as tests need them: signed in for a MockMvc request ({@code LEAD}) and as
 * the {@link CurrentUser} a service call takes ({@code AS_LEAD}). Both name the same person with the same role, so a
 * test that prepares data through a service and then reads it through a page acts as one person.
 */
public final class Users {

	public static final RequestPostProcessor LEAD = signedIn("lead", Role.PROJECT_LEAD);

	/** A second project lead, who does not lead the first one's initiatives. */
	public static final RequestPostProcessor OTHER_LEAD = signedIn("lead2", Role.PROJECT_LEAD);

	public static final RequestPostProcessor SCIENTIST = signedIn("scientist", Role.DATA_SCIENTIST);

	public static final RequestPostProcessor EXECUTIVE = signedIn("executive", Role.EXECUTIVE);

	public static final RequestPostProcessor RISK_OFFICER = signedIn("risk", Role.RISK_OFFICER);

	public static final RequestPostProcessor ADMIN = signedIn("admin", Role.ADMIN);

	public static final CurrentUser AS_LEAD = current("lead", Role.PROJECT_LEAD);

	public static final CurrentUser AS_OTHER_LEAD = current("lead2", Role.PROJECT_LEAD);

	public static final CurrentUser AS_SCIENTIST = current("scientist", Role.DATA_SCIENTIST);

	public static final CurrentUser AS_EXECUTIVE = current("executive", Role.EXECUTIVE);

	public static final CurrentUser AS_RISK_OFFICER = current("risk", Role.RISK_OFFICER);

	public static final CurrentUser AS_ADMIN = current("admin", Role.ADMIN);

	private Users() {
	}

	/** Anyone with one role, e.g. a person a test registers itself. */
	public static RequestPostProcessor signedIn(String username, Role role) {
		return user(username).roles(role.name());
	}

	public static CurrentUser current(String username, Role role) {
		return new CurrentUser(username, EnumSet.of(role));
	}
}
