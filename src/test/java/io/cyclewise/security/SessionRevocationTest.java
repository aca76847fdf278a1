package io.cyclewise.security;

import java.net.http.HttpResponse;
import java.util.EnumSet;

import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import io.cyclewise.user.account.AppUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP with the real session store: a person whom an administrator demotes or disables loses the old
 * rights at once, not when their session times out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionRevocationTest {

	private static final String PASSWORD = "a lead with a long passphrase";

	@LocalServerPort
	int port;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDemotedLeadCannotRegisterAnInitiativeWithTheSessionTheyHad() throws Exception {
		AppUser lead = users.register("revoked-lead", "Rita Revoked", PASSWORD, EnumSet.of(Role.PROJECT_LEAD));
		PortalClient leadBrowser = new PortalClient(port);
		assertSignedIn(leadBrowser.signIn("revoked-lead", PASSWORD));
		HttpResponse<String> newInitiative = leadBrowser.get("/initiatives/new");
		assertThat(newInitiative.statusCode()).isEqualTo(200);
		String leadCsrf = PortalClient.csrfToken(newInitiative.body());
		assertThat(openSessions("revoked-lead")).isEqualTo(1);

		assertThat(changeAccess(lead, "roles=EXECUTIVE&enabled=true&_enabled=on").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/admin/users"));
		assertThat(openSessions("revoked-lead")).isZero();
		// The event was handled before the administrator's page answered, so nothing is left to redeliver.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE event_type LIKE ?"
				+ " AND completion_date IS NULL", Integer.class, "%UserAccessChanged")).isZero();

		Long initiativesBefore = jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class);
		assertRefused(leadBrowser.get("/initiatives/new"));
		assertRefused(leadBrowser.post("/initiatives", "name=Sneaky&purpose=Still+a+lead%3F&_csrf=" + PortalClient.encode(leadCsrf)));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM initiative", Long.class)).isEqualTo(initiativesBefore);

		// Signing in again gives the new roles only.
		assertSignedIn(leadBrowser.signIn("revoked-lead", PASSWORD));
		assertThat(leadBrowser.get("/initiatives/new").statusCode()).isEqualTo(403);
		assertThat(leadBrowser.get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void aDisabledPersonIsSignedOutEverywhereAndCannotSignInAgain() throws Exception {
		AppUser lead = users.register("disabled-lead", "Dora Disabled", PASSWORD, EnumSet.of(Role.PROJECT_LEAD));
		PortalClient laptop = new PortalClient(port);
		PortalClient phone = new PortalClient(port);
		assertSignedIn(laptop.signIn("disabled-lead", PASSWORD));
		assertSignedIn(phone.signIn("disabled-lead", PASSWORD));
		assertThat(openSessions("disabled-lead")).isEqualTo(2);

		// "May sign in" unticked: the checkbox sends only its marker field.
		changeAccess(lead, "roles=PROJECT_LEAD&_enabled=on");
		assertThat(openSessions("disabled-lead")).isZero();
		assertRefused(laptop.get("/initiatives"));
		assertRefused(phone.get("/initiatives/new"));
		assertThat(laptop.signIn("disabled-lead", PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
	}

	@Test
	void savingUnchangedAccessKeepsTheSession() throws Exception {
		AppUser scientist = users.register("kept-scientist", "Kim Kept", PASSWORD, EnumSet.of(Role.DATA_SCIENTIST));
		PortalClient browser = new PortalClient(port);
		assertSignedIn(browser.signIn("kept-scientist", PASSWORD));
		changeAccess(scientist, "roles=DATA_SCIENTIST&enabled=true&_enabled=on");
		assertThat(browser.get("/initiatives").statusCode()).isEqualTo(200);
	}

	/** The administrator opens the person's page and saves it with the given roles and access. */
	private HttpResponse<String> changeAccess(AppUser person, String choice) throws Exception {
		PortalClient admin = new PortalClient(port);
		assertSignedIn(admin.signIn("admin", "cyclewise"));
		String page = admin.get("/admin/users/" + person.getId()).body();
		HttpResponse<String> saved = admin.post("/admin/users/" + person.getId(), choice + "&version="
				+ PortalClient.field(page, "version") + "&_csrf=" + PortalClient.encode(PortalClient.csrfToken(page)));
		assertThat(saved.statusCode()).isEqualTo(302);
		return saved;
	}

	private int openSessions(String username) {
		return jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, username);
	}

	private static void assertSignedIn(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("/login"));
	}

	/** Sent to the sign-in page (no session any more) or forbidden (a POST whose CSRF token died with the session). */
	private static void assertRefused(HttpResponse<String> response) {
		if (response.statusCode() == 302) {
			assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).contains("/login"));
		}
		else {
			assertThat(response.statusCode()).isEqualTo(403);
		}
	}
}
