package io.cyclewise.risk.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.shared.Terms;
import io.cyclewise.initiative.InitiativeListCriterion;
import io.cyclewise.initiative.InitiativeRestriction;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * "Had a flag raised (or cleared) in the week of …": the initiatives behind each number of the dashboard's weekly
 * chart, e.g. {@code /initiatives?only=flag-raised-week-2026-11-23}. Weeks start on Monday, in the portal's zone.
 */
@Component
class FlagWeekCriteria implements InitiativeListCriterion {

	private static final Pattern NAME = Pattern.compile("flag-(raised|cleared)-week-(\\d{4}-\\d{2}-\\d{2})");

	private final Clock clock;
	private final Terms terms;

	FlagWeekCriteria(Clock clock, Terms terms) {
		this.clock = clock;
		this.terms = terms;
	}

	@Override
	public String name() {
		return "flag-raised-week-";
	}

	@Override
	public String label() {
		return terms.message("risk.criterion.flagWeek");
	}

	@Override
	public InitiativeRestriction specification() {
		// Never reached: resolve() hands out a criterion for one named week, never this family itself.
		throw new UnsupportedOperationException("Name a week, e.g. flag-raised-week-2026-11-23");
	}

	@Override
	public boolean offered() {
		return false;
	}

	@Override
	public Optional<InitiativeListCriterion> resolve(String requested) {
		Matcher matcher = NAME.matcher(requested);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			LocalDate monday = LocalDate.parse(matcher.group(2));
			if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
				return Optional.empty();
			}
			return Optional.of(new Week(requested, matcher.group(1).equals("raised"), monday, clock, terms));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	private record Week(String name, boolean raised, LocalDate monday, Clock clock, Terms terms) implements InitiativeListCriterion {

		@Override
		public String label() {
			return terms.message(raised ? "risk.criterion.flagRaisedWeek" : "risk.criterion.flagClearedWeek", monday.toString());
		}

		@Override
		public InitiativeRestriction specification() {
			String column = raised ? "raisedAt" : "clearedAt";
			var from = monday.atStartOfDay(clock.getZone()).toInstant();
			var to = monday.plusWeeks(1).atStartOfDay(clock.getZone()).toInstant();
			return (root, query, builder) -> {
				Subquery<Long> flags = query.subquery(Long.class);
				Root<RiskFlag> flag = flags.from(RiskFlag.class);
				return builder.exists(flags.select(flag.get("id")).where(
						builder.equal(flag.get("initiativeId"), root.get("id")),
						builder.greaterThanOrEqualTo(flag.get(column), from),
						builder.lessThan(flag.get(column), to)));
			};
		}
	}
}
