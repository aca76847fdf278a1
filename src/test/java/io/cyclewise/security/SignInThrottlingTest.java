package io.cyclewise.security;

import java.net.http.HttpResponse;
import java.util.EnumSet;

import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: failed sign-ins lock the account for a growing time, with a clear message, and only that account;
 * the state is in PostgreSQL. Passing time is simulated by moving the stored lock into the past.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottlingTest {

	private static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	UserDirectory users;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void afterFiveFailuresTheRightPasswordIsRefusedUntilTheBackOffHasPassed() throws Exception {
		users.register("guessed", "Gus Guessed", PASSWORD, EnumSet.of(Role.PROJECT_LEAD));
		users.register("bystander", "Bea Bystander", PASSWORD, EnumSet.of(Role.EXECUTIVE));
		PortalClient attacker = new PortalClient(port);
		for (int i = 0; i < 5; i++) {
			assertThat(refusalShown(attacker, attacker.signIn("guessed", "wrong password " + i)))
				.isEqualTo("Unknown username or wrong password.");
		}
		PortalClient owner = new PortalClient(port);
		assertThat(refusalShown(owner, owner.signIn("Guessed", PASSWORD)))
			.isEqualTo("Too many failed sign-ins for this account; try again in 1 minute.");
		// Attempts while locked do not check the password and do not lengthen the lock.
		for (int i = 0; i < 25; i++) {
			attacker.signIn("guessed", "wrong password again " + i);
		}
		assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_throttle WHERE account = 'guessed'", Integer.class))
			.isEqualTo(5);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM sign_in_attempt WHERE account = 'guessed' AND outcome = ?",
				Integer.class, "REFUSED")).isEqualTo(26);

		PortalClient other = new PortalClient(port);
		assertSignedIn(other.signIn("bystander", PASSWORD));

		// The minute has passed: one more failure locks for twice as long.
		backOffPassed("guessed");
		attacker.signIn("guessed", "still wrong");
		assertThat(refusalShown(owner, owner.signIn("guessed", PASSWORD)))
			.isEqualTo("Too many failed sign-ins for this account; try again in 2 minutes.");

		backOffPassed("guessed");
		assertSignedIn(owner.signIn("guessed", PASSWORD));
		assertThat(owner.get("/initiatives/new").statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM sign_in_throttle WHERE account = 'guessed'", Integer.class))
			.isZero();
	}

	@Test
	void manyFailuresFromOneAddressRefuseThatAddressOnly() {
		for (int i = 0; i < 50; i++) {
			throttle.failed("sprayed" + i, "203.0.113.7");
		}
		assertThat(throttle.refusal("someone-else", "203.0.113.7").map(MessageSourceResolvable::getDefaultMessage))
			.hasValue("Too many failed sign-ins from your network address; try again in 15 minutes.");
		assertThat(throttle.refusal("someone-else", "198.51.100.1")).isEmpty();
		jdbc.update("UPDATE sign_in_attempt SET attempted_at = now() - interval '16 minutes'"
				+ " WHERE client_address = '203.0.113.7'");
		assertThat(throttle.refusal("someone-else", "203.0.113.7")).isEmpty();
	}

	@Test
	void oddUsernamesGetThePlainMessageNeverAnError() throws Exception {
		PortalClient browser = new PortalClient(port);
		for (String odd : new String[] { "eve\u0000admin", "x".repeat(5_000), "line\nbreak", "" }) {
			assertThat(refusalShown(browser, browser.signIn(odd, "whatever it is"))).isEqualTo(
					"Unknown username or wrong password.");
		}
	}

	private void backOffPassed(String account) {
		jdbc.update("UPDATE sign_in_throttle SET locked_until = now() - interval '1 second' WHERE account = ?", account);
	}

	/** Follows the refused sign-in to the sign-in page and reads its message. */
	private static String refusalShown(PortalClient browser, HttpResponse<String> refused) throws Exception {
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		String page = browser.get("/login?error").body();
		int alert = page.indexOf("alert alert-danger");
		assertThat(alert).as("an error on the sign-in page").isPositive();
		String rest = page.substring(page.indexOf('>', alert) + 1);
		return rest.substring(0, rest.indexOf('<')).trim();
	}

	private static void assertSignedIn(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
	}
}
