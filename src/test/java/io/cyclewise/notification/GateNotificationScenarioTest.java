package io.cyclewise.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.cyclewise.gate.GateDecided;
import io.cyclewise.gate.GateKind;
import io.cyclewise.gate.GateRequested;
import io.cyclewise.gate.GateVerdict;
import io.cyclewise.notification.Notifications.NotificationView;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification module on its own (with what it depends on): the gate module's events, as the gate publishes them
 * after a request or a decision committed, become inbox entries for the right people. Bootstrapping: the embedded
 * database lives in the database module and the password encoder (needed by the user module) in the security module,
 * neither of which notification depends on, so both are extra includes, with token (security's API chain needs the
 * personal access tokens) and shared (its Clock bean did not come along otherwise); {@code ALL_DEPENDENCIES} because
 * gate, risk and signal beans need their own dependencies (initiative, checklist …) to start.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "database", "security", "token", "shared" })
class GateNotificationScenarioTest {

	@Autowired
	Notifications notifications;

	@Autowired
	UserDirectory users;

	@Test
	void aDecidedGateTellsTheRequesterWhoDecidedAndWhy(Scenario scenario) {
		String requester = person("requester", Role.PROJECT_LEAD);
		String decider = person("decider", Role.RISK_OFFICER);
		long requestId = uniqueRequestId();

		scenario.publish(new GateDecided(requestId, 1, "Returns forecast", GateKind.STAGE,
				"Requirements analysis → Data management", GateVerdict.APPROVED, decider, requester, "Readiness shown."))
			.andWaitForStateChange(() -> inboxOf(requester), inbox -> !inbox.isEmpty())
			.andVerify(inbox -> assertThat(inbox).singleElement().satisfies(notification -> {
				assertThat(notification.title()).isEqualTo("Stage gate approved: Returns forecast");
				assertThat(notification.text())
					.isEqualTo("Requirements analysis → Data management — approved by Person " + decider + ": Readiness shown.");
				assertThat(notification.link()).isEqualTo("/gates/" + requestId);
				assertThat(notification.unread()).isTrue();
			}));
		assertThat(inboxOf(decider)).as("the decider is not told of their own decision").isEmpty();
	}

	@Test
	void aRequestedGateWaitsInTheInboxOfEveryDeciderButNotTheRequesters(Scenario scenario) {
		String requester = person("requester", Role.ADMIN);
		String riskOfficer = person("officer", Role.RISK_OFFICER);
		String administrator = person("admin", Role.ADMIN);
		String scientist = person("scientist", Role.DATA_SCIENTIST);
		long requestId = uniqueRequestId();

		scenario.publish(new GateRequested(requestId, 1, "Returns forecast", GateKind.PHASE, "Re-initiating → Effectuating",
				requester))
			.andWaitForStateChange(() -> inboxOf(riskOfficer), inbox -> !inbox.isEmpty())
			.andVerify(inbox -> assertThat(inbox).singleElement().satisfies(notification -> {
				assertThat(notification.title()).isEqualTo("Phase gate requested: Returns forecast");
				assertThat(notification.text())
					.isEqualTo("Re-initiating → Effectuating, requested by Person " + requester + ".");
				assertThat(notification.link()).isEqualTo("/gates/" + requestId);
			}));
		// One batch for all deciders: once the risk officer has it, so has the other administrator.
		assertThat(inboxOf(administrator)).extracting(NotificationView::link).containsExactly("/gates/" + requestId);
		assertThat(inboxOf(requester)).as("a requester may not decide their own request").isEmpty();
		assertThat(inboxOf(scientist)).isEmpty();
	}

	/** A new person of this test only, so other tests' notifications (a shared database) cannot interfere. */
	private String person(String kind, Role role) {
		String username = kind + "-" + UUID.randomUUID().toString().substring(0, 8);
		users.register(username, "Person " + username, "a-Long-passphrase-" + username, Set.of(role));
		return username;
	}

	private List<NotificationView> inboxOf(String username) {
		return notifications.inbox(username, 0, false).items();
	}

	/** Notifications are keyed by request ("gate:<id>"); a fresh id keeps this test's apart. */
	private static long uniqueRequestId() {
		return System.nanoTime();
	}
}
