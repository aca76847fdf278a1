package io.cyclewise.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.CycleStatus;
import io.cyclewise.initiative.InitiativeDraft;
import io.cyclewise.initiative.NewExpectation;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.TechnologyCycleState;
import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import io.cyclewise.user.account.AppUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo users and a demo portfolio once, into an empty database, through the same services the pages use
 * (so history rows and events are real). Off in production: {@code CYCLEWISE_DEMO_DATA=false}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "cyclewise.demo-data", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final UserDirectory users;
	private final BusinessUnits businessUnits;
	private final InitiativeService initiatives;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	DemoDataLoader(UserDirectory users, BusinessUnits businessUnits, InitiativeService initiatives,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.businessUnits = businessUnits;
		this.initiatives = initiatives;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.isEmpty()) {
			transaction.executeWithoutResult(status -> load());
			events.publishEvent(new DemoPortfolioLoaded());
			log.info("Loaded the demo portfolio: {} initiatives in {} business units.", DemoData.INITIATIVES.size(),
					DemoData.UNITS.size());
		}
		log.info("Demo sign-ins (password '{}' for each): {}", DemoData.PASSWORD, DemoData.USERS.stream()
			.map(user -> user.username() + " (" + user.roles() + ")").collect(Collectors.joining(", ")));
	}

	private void load() {
		Map<String, AppUser> people = new HashMap<>();
		for (var user : DemoData.USERS) {
			Set<Role> roles = Arrays.stream(user.roles().split(",")).map(Role::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
			people.put(user.username(), users.register(user.username(), user.displayName(), DemoData.PASSWORD, roles));
		}
		Map<String, BusinessUnitSummary> units = new HashMap<>();
		for (var unit : DemoData.UNITS) {
			units.put(unit.name(), businessUnits.add(unit.name(), unit.description()));
		}
		LocalDate today = LocalDate.now(clock);
		for (var demo : DemoData.INITIATIVES) {
			AppUser lead = people.get(demo.lead());
			CurrentUser asLead = new CurrentUser(lead.getUsername(), EnumSet.of(Role.PROJECT_LEAD));
			InitiativeDraft blank = InitiativeDraft.blank(lead.getId(), today);
			// Registered with its mechanism, so the mechanism trajectory shows only real shifts.
			InitiativeSummary initiative = initiatives.register(new InitiativeDraft(demo.name(), demo.purpose(),
					units.get(demo.unit()).id(), InitiativeDraft.userContextList(demo.userContexts()), lead.getId(),
					blank.alignmentPhase(), blank.lifecycleStage(), demo.mechanism(), blank.cycles(),
					"Registered with the demo portfolio.", null), asLead);
			// A second save moves it to where it stands today, so the history shows a real path.
			InitiativeDraft registered = InitiativeDraft.of(initiative);
			initiatives.update(initiative.id(), new InitiativeDraft(registered.name(), registered.purpose(),
					registered.businessUnitId(), registered.userContexts(), registered.leadId(), demo.phase(),
					demo.stage(), demo.mechanism(), List.of(
							new CycleStatus(Cycle.ORGANIZATION, demo.organization(), null,
									today.minusDays(demo.organizationSinceDaysAgo()), demo.organizationPace()),
							new CycleStatus(Cycle.TECHNOLOGY, demo.technology(), null,
									today.minusDays(demo.technologySinceDaysAgo()), demo.technologyPace()),
							new CycleStatus(Cycle.USER, demo.user(), null, today.minusDays(demo.userSinceDaysAgo()),
									demo.userPace())),
					reasonFor(demo.phase(), demo.stage()), registered.version()), asLead);
			addExpectations(initiative, demo, asLead, today);
			if (demo.name().equals("Fraud alert triage")) {
				retrainRepeatedly(initiative, asLead);
			}
		}
	}

	private static String reasonFor(AlignmentPhase phase, LifecycleStage stage) {
		return switch (phase) {
			case REINITIATING -> "Setting up the three cycles; now at " + stage.label().toLowerCase() + ".";
			case EFFECTUATING -> "Released to first users: the reality check has started.";
			case SUSTAINING -> "In operation; keeping the cycles aligned.";
		};
	}

	private void addExpectations(InitiativeSummary initiative, DemoData.DemoInitiative demo, CurrentUser lead, LocalDate today) {
		if (demo.phase() == AlignmentPhase.REINITIATING) {
			expect(initiative, lead, "Steering committee", "Prototype accuracy", "0.80", today.plusDays(60));
			return;
		}
		if (DIVERGENT_EXPECTATIONS.contains(demo.name())) {
			// The ML-based capability alignment study: different expectations among users and organization units lead to miscommunication.
			expect(initiative, lead, "Business sponsor", "Accuracy", "0.95", today.plusDays(45));
			expect(initiative, lead, "End users", "Accuracy", "0.80", today.plusDays(240));
			return;
		}
		expect(initiative, lead, "Business sponsor", "Accuracy", "0.90", today.plusDays(90));
		expect(initiative, lead, "End users", "Accuracy", "0.85", today.plusDays(120));
	}

	private static final Set<String> DIVERGENT_EXPECTATIONS = Set.of("Credit limit advisor", "Dynamic delivery slots");

	/** The ML-based capability alignment study's over-focus on the Technology Cycle: retrained again and again while the other cycles stand still. */
	private void retrainRepeatedly(InitiativeSummary initiative, CurrentUser lead) {
		String[] reasons = { "Redeployed after retraining on last month's fraud patterns.",
				"Retraining again: new card-testing attacks.", "Redeployed.", "Retraining again: chargeback rules changed." };
		for (int step = 0; step < reasons.length; step++) {
			InitiativeDraft current = InitiativeDraft.of(initiatives.get(initiative.id()));
			CycleStatus technology = current.cycle(Cycle.TECHNOLOGY);
			TechnologyCycleState state = step % 2 == 0 ? TechnologyCycleState.DEPLOYED : TechnologyCycleState.RETRAINING;
			initiatives.update(initiative.id(), current.withCycle(new CycleStatus(Cycle.TECHNOLOGY, state,
					technology.note(), technology.since(), technology.paceDays())).withChangeReason(reasons[step]), lead);
		}
	}

	private void expect(InitiativeSummary initiative, CurrentUser lead, String stakeholder, String metric, String target,
			LocalDate due) {
		initiatives.addExpectation(initiative.id(),
				new NewExpectation(stakeholder, metric, new BigDecimal(target), true, due, null), lead);
	}
}
