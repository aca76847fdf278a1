package io.cyclewise.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.Cycle;
import io.cyclewise.initiative.CycleStatus;
import io.cyclewise.initiative.InitiativeDraft;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.LifecycleStage;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.shared.DomainTerm;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Registers and changes initiatives through the initiative service's API ({@link InitiativeDraft} commands), as a
 * project lead would on the page, so tests prepare their subjects the way the portal stores them (events, checklists
 * and flags follow). One place builds the registration; tests say only what matters to them. A component of the test
 * classpath: every {@code @SpringBootTest} context scans it (without a context of its own).
 */
@Component
public class Registry {

	private final InitiativeService initiatives;

	private final UserDirectory users;

	private final BusinessUnits businessUnits;

	private final Clock clock;

	Registry(InitiativeService initiatives, UserDirectory users, BusinessUnits businessUnits, Clock clock) {
		this.initiatives = initiatives;
		this.users = users;
		this.businessUnits = businessUnits;
		this.clock = clock;
	}

	/**
	 * A registration led by the demo project lead "lead", starting today, in the first business unit by name, with a
	 * placeholder purpose; change any of it before {@link Registration#by}.
	 */
	public Registration initiative(String name) {
		InitiativeDraft blank = InitiativeDraft.blank(users.findByUsername("lead").orElseThrow().getId(),
				LocalDate.now(clock));
		Edit edit = new Edit(blank);
		edit.name(name).purpose("A test initiative.").businessUnit(businessUnits.all().get(0).id());
		return new Registration(edit);
	}

	/** Changes a registered initiative as the given person would on its edit page. */
	public InitiativeSummary change(long id, Consumer<Edit> change, CurrentUser who) {
		Edit edit = new Edit(InitiativeDraft.of(initiatives.get(id)));
		change.accept(edit);
		return initiatives.update(id, edit.draft(), who);
	}

	/** The values of a registration or an edit being described (the command record is immutable; this rebuilds it). */
	public static final class Edit {

		private InitiativeDraft draft;

		private Edit(InitiativeDraft draft) {
			this.draft = draft;
		}

		public Edit name(String name) {
			draft = new InitiativeDraft(name, draft.purpose(), draft.businessUnitId(), draft.userContexts(),
					draft.leadId(), draft.alignmentPhase(), draft.lifecycleStage(), draft.mechanism(), draft.cycles(),
					draft.changeReason(), draft.version());
			return this;
		}

		public Edit purpose(String purpose) {
			draft = new InitiativeDraft(draft.name(), purpose, draft.businessUnitId(), draft.userContexts(),
					draft.leadId(), draft.alignmentPhase(), draft.lifecycleStage(), draft.mechanism(), draft.cycles(),
					draft.changeReason(), draft.version());
			return this;
		}

		public Edit businessUnit(long businessUnitId) {
			draft = new InitiativeDraft(draft.name(), draft.purpose(), businessUnitId, draft.userContexts(),
					draft.leadId(), draft.alignmentPhase(), draft.lifecycleStage(), draft.mechanism(), draft.cycles(),
					draft.changeReason(), draft.version());
			return this;
		}

		/** User contexts as typed in the form: a comma- or line-separated list. */
		public Edit userContexts(String userContexts) {
			draft = new InitiativeDraft(draft.name(), draft.purpose(), draft.businessUnitId(),
					InitiativeDraft.userContextList(userContexts), draft.leadId(), draft.alignmentPhase(),
					draft.lifecycleStage(), draft.mechanism(), draft.cycles(), draft.changeReason(), draft.version());
			return this;
		}

		public Edit mechanism(ValueCreationMechanism mechanism) {
			draft = new InitiativeDraft(draft.name(), draft.purpose(), draft.businessUnitId(), draft.userContexts(),
					draft.leadId(), draft.alignmentPhase(), draft.lifecycleStage(), mechanism, draft.cycles(),
					draft.changeReason(), draft.version());
			return this;
		}

		public Edit alignmentPhase(AlignmentPhase phase) {
			draft = new InitiativeDraft(draft.name(), draft.purpose(), draft.businessUnitId(), draft.userContexts(),
					draft.leadId(), phase, draft.lifecycleStage(), draft.mechanism(), draft.cycles(),
					draft.changeReason(), draft.version());
			return this;
		}

		public Edit lifecycleStage(LifecycleStage stage) {
			draft = new InitiativeDraft(draft.name(), draft.purpose(), draft.businessUnitId(), draft.userContexts(),
					draft.leadId(), draft.alignmentPhase(), stage, draft.mechanism(), draft.cycles(),
					draft.changeReason(), draft.version());
			return this;
		}

		/** Moves the cycle the state belongs to into it (note, since and pace unchanged). */
		public Edit state(DomainTerm state) {
			Cycle cycle = Arrays.stream(Cycle.values()).filter(candidate -> candidate.states().contains(state))
				.findFirst().orElseThrow(() -> new IllegalArgumentException(state + " is no cycle's state."));
			CycleStatus now = draft.cycle(cycle);
			draft = draft.withCycle(new CycleStatus(cycle, state, now.note(), now.since(), now.paceDays()));
			return this;
		}

		/** The expected pace of one cycle, in days. */
		public Edit pace(Cycle cycle, int days) {
			CycleStatus now = draft.cycle(cycle);
			draft = draft.withCycle(new CycleStatus(cycle, now.state(), now.note(), now.since(), days));
			return this;
		}

		/** The expected pace of each cycle, in days (organization, technology, user). */
		public Edit paces(int organizationDays, int technologyDays, int userDays) {
			return pace(Cycle.ORGANIZATION, organizationDays).pace(Cycle.TECHNOLOGY, technologyDays)
				.pace(Cycle.USER, userDays);
		}

		/** The command as it stands. */
		public InitiativeDraft draft() {
			return draft;
		}
	}

	/** One registration being described; {@link #by} stores it. */
	public final class Registration {

		private final Edit edit;

		private Registration(Edit edit) {
			this.edit = edit;
		}

		public Registration purpose(String purpose) {
			edit.purpose(purpose);
			return this;
		}

		public Registration businessUnit(long businessUnitId) {
			edit.businessUnit(businessUnitId);
			return this;
		}

		public Registration userContexts(String userContexts) {
			edit.userContexts(userContexts);
			return this;
		}

		public Registration mechanism(ValueCreationMechanism mechanism) {
			edit.mechanism(mechanism);
			return this;
		}

		public Registration alignmentPhase(AlignmentPhase phase) {
			edit.alignmentPhase(phase);
			return this;
		}

		/** The expected pace of each cycle, in days (organization, technology, user). */
		public Registration paces(int organizationDays, int technologyDays, int userDays) {
			edit.paces(organizationDays, technologyDays, userDays);
			return this;
		}

		/** Anything else the registration holds (cycle states, lifecycle stage …). */
		public Registration with(Consumer<Edit> change) {
			change.accept(edit);
			return this;
		}

		/** What the registration would submit, e.g. to read the defaults it was given. */
		public InitiativeDraft draft() {
			return edit.draft();
		}

		/** Registers it as the given person (a project lead or an administrator). */
		public InitiativeSummary by(CurrentUser who) {
			return initiatives.register(edit.draft(), who);
		}
	}
}
