package io.cyclewise.report;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.ChecklistReading;
import io.cyclewise.checklist.MechanismFit;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.shared.Terms;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.risk.FlagResource;
import io.cyclewise.risk.RiskFlagService;
import io.cyclewise.user.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathers a factsheet through the other modules' public services, in one read-only transaction (entities are lazy),
 * and formats it. Reading follows the initiative page: everyone signed in may read any initiative; an unknown one is
 * 404, as there.
 */
@Service
class FactsheetService {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final InitiativeService initiatives;
	private final ChecklistReading checklists;
	private final ChecklistFacts checklistFacts;
	private final RiskFlagService flags;
	private final List<FactsheetSection> sections;
	private final ReportStamp stamps;
	private final Clock clock;
	private final TransactionTemplate readOnly;

	private final Terms terms;

	FactsheetService(InitiativeService initiatives, ChecklistReading checklists, ChecklistFacts checklistFacts,
			RiskFlagService flags, List<FactsheetSection> sections, ReportStamp stamps, Clock clock,
			PlatformTransactionManager transactions, Terms terms) {
		this.terms = terms;
		this.initiatives = initiatives;
		this.checklists = checklists;
		this.checklistFacts = checklistFacts;
		this.flags = flags;
		this.sections = sections.stream().sorted(Comparator.comparingInt(FactsheetSection::order)).toList();
		this.stamps = stamps;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** @throws org.springframework.web.server.ResponseStatusException 404 for an unknown initiative */
	Factsheet of(long id, CurrentUser user) {
		return readOnly.execute(status -> {
			InitiativeSummary initiative = initiatives.get(id);
			List<FlagResource> allFlags = flags.resourcesOf(id);
			return new Factsheet(id, initiative.name(), initiative.purpose(), initiative.businessUnit().name(),
					initiative.lead().displayName(), String.join(", ", initiative.userContexts()),
					initiative.alignmentPhase().label(), initiative.alignmentPhase().meaning(),
					initiative.lifecycleStage().label(), initiative.lifecycleStage().meaning(),
					initiative.mechanism().number() + " " + initiative.mechanism().label(),
					initiative.mechanism().meaning(), fit(checklistFacts.fit(id)),
					initiative.cycles().stream().map(cycle -> new Factsheet.CycleLine(cycle.cycle().label(),
							cycle.state().label(), cycle.note(), String.valueOf(cycle.since()), cycle.paceDays())).toList(),
					checklistFacts.shifts(id).stream().map(shift -> new Factsheet.ShiftLine(format(shift.shiftedAt()),
							shift.shiftedBy(), terms.label(shift.fromMechanism()), terms.label(shift.toMechanism()),
							terms.message(shift.reasonCode()), terms.message(shift.directionCode()),
							shift.explanation())).toList(),
					checklists.of(id, user), allFlags.stream().filter(FlagResource::open).toList(),
					allFlags.stream().filter(flag -> !flag.open()).toList(),
					initiatives.history(id).stream().map(change -> new Factsheet.HistoryLine(format(change.changedAt()),
							change.changedBy(), change.aspect().label(), change.fromDisplay(), change.toDisplay(),
							change.reason())).toList(),
					sections.stream().map(section -> section.of(id)).flatMap(Optional::stream).toList(),
					stamps.now(user.username()));
		});
	}

	private static String fit(MechanismFit fit) {
		String text = "Required conditions met: " + fit.completion() + ".";
		if (!fit.missing().isEmpty()) {
			text += " Not met: " + labels(fit.missing()) + ".";
		}
		if (!fit.unassessed().isEmpty()) {
			text += " Not yet assessed: " + labels(fit.unassessed()) + ".";
		}
		if (!fit.toReassess().isEmpty()) {
			text += " To reassess: " + labels(fit.toReassess()) + ".";
		}
		return text;
	}

	private static String labels(List<NecessaryCondition> conditions) {
		return conditions.stream().map(NecessaryCondition::label).collect(Collectors.joining(", "));
	}

	private String format(Instant instant) {
		return instant == null ? "" : WHEN.withZone(clock.getZone()).format(instant);
	}
}
