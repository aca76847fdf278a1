package io.cyclewise.report.internal;

import io.cyclewise.report.FactsheetSection;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.springframework.context.MessageSource;
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
	private final MessageSource messages;

	FactsheetService(InitiativeService initiatives, ChecklistReading checklists, ChecklistFacts checklistFacts,
			RiskFlagService flags, List<FactsheetSection> sections, ReportStamp stamps, Clock clock,
			PlatformTransactionManager transactions, Terms terms, MessageSource messages) {
		this.terms = terms;
		this.messages = messages;
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

	/** @throws io.cyclewise.shared.NotFoundException for an unknown initiative */
	Factsheet of(long id, CurrentUser user, Locale locale) {
		return readOnly.execute(status -> {
			InitiativeSummary initiative = initiatives.get(id);
			List<FlagResource> allFlags = flags.resourcesOf(id);
			return new Factsheet(id, initiative.name(), initiative.purpose(), initiative.businessUnit().name(),
					initiative.lead().displayName(), String.join(", ", initiative.userContexts()),
					terms.label(initiative.alignmentPhase(), locale), terms.meaning(initiative.alignmentPhase(), locale),
					terms.label(initiative.lifecycleStage(), locale), terms.meaning(initiative.lifecycleStage(), locale),
					initiative.mechanism().number() + " " + terms.label(initiative.mechanism(), locale),
					terms.meaning(initiative.mechanism(), locale), fit(checklistFacts.fit(id), locale),
					initiative.cycles().stream().map(cycle -> new Factsheet.CycleLine(terms.label(cycle.cycle(), locale),
							terms.label(cycle.state(), locale), cycle.note(), String.valueOf(cycle.since()), cycle.paceDays()))
						.toList(),
					checklistFacts.shifts(id).stream().map(shift -> new Factsheet.ShiftLine(format(shift.shiftedAt()),
							shift.shiftedBy(), terms.label(shift.fromMechanism(), locale),
							terms.label(shift.toMechanism(), locale),
							messages.getMessage(shift.reasonCode(), null, locale),
							messages.getMessage(shift.directionCode(), null, locale), shift.explanation())).toList(),
					checklists.of(id, user), allFlags.stream().filter(FlagResource::open).toList(),
					allFlags.stream().filter(flag -> !flag.open()).toList(),
					initiatives.history(id).stream().map(change -> new Factsheet.HistoryLine(format(change.changedAt()),
							change.changedBy(), terms.label(change.aspect(), locale), change.fromDisplay(terms, locale),
							change.toDisplay(terms, locale),
							change.reason())).toList(),
					sections.stream().map(section -> section.of(id, locale)).flatMap(Optional::stream).toList(),
					stamps.now(user.username()));
		});
	}

	private String fit(MechanismFit fit, Locale locale) {
		String text = messages.getMessage("report.factsheet.fit.met", new Object[] { fit.completion() }, locale);
		if (!fit.missing().isEmpty()) {
			text += " " + messages.getMessage("report.factsheet.fit.missing", new Object[] { labels(fit.missing(), locale) },
					locale);
		}
		if (!fit.unassessed().isEmpty()) {
			text += " " + messages.getMessage("report.factsheet.fit.unassessed",
					new Object[] { labels(fit.unassessed(), locale) }, locale);
		}
		if (!fit.toReassess().isEmpty()) {
			text += " " + messages.getMessage("report.factsheet.fit.toReassess",
					new Object[] { labels(fit.toReassess(), locale) }, locale);
		}
		return text;
	}

	private String labels(List<NecessaryCondition> conditions, Locale locale) {
		return conditions.stream().map(condition -> terms.label(condition, locale)).collect(Collectors.joining(", "));
	}

	private String format(Instant instant) {
		return instant == null ? "" : WHEN.withZone(clock.getZone()).format(instant);
	}
}
