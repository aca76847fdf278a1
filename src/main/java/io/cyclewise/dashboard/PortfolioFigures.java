package io.cyclewise.dashboard;





import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.dashboard.internal.BoardFiguresReader;
import io.cyclewise.shared.Terms;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures for other modules (reports): the same scope rules and aggregates as the page. */
@Service
@Transactional(readOnly = true)
public class PortfolioFigures {

	private final BoardFiguresReader reader;
	private final BusinessUnits businessUnits;
	private final UserDirectory users;
	private final Terms terms;
	private final MessageSource messages;

	PortfolioFigures(BoardFiguresReader reader, BusinessUnits businessUnits, UserDirectory users, Terms terms,
			MessageSource messages) {
		this.terms = terms;
		this.messages = messages;
		this.reader = reader;
		this.businessUnits = businessUnits;
		this.users = users;
	}

	/** A project lead without another role sees only the initiatives they lead, as on the dashboard. */
	public DashboardFilter scopedFor(DashboardFilter filter, CurrentUser user) {
		if (seesOnlyOwnInitiatives(user)) {
			filter.setLead(users.findByUsername(user.username()).map(u -> u.getId()).orElse(-1L));
		}
		return filter;
	}

	/** The filter in words, for the report's header: "Whole portfolio" or "Business unit: …; Phase: …". */
	public String describe(DashboardFilter filter, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (filter.getBusinessUnit() != null) {
			parts.add(messages.getMessage("dashboard.filter.businessUnit", new Object[] { businessUnits
				.find(filter.getBusinessUnit()).map(BusinessUnitSummary::name).orElse("#" + filter.getBusinessUnit()) },
					locale));
		}
		if (filter.getPhase() != null) {
			parts.add(messages.getMessage("dashboard.filter.phase", new Object[] { terms.label(filter.getPhase(), locale) },
					locale));
		}
		if (filter.getMechanism() != null) {
			parts.add(messages.getMessage("dashboard.filter.mechanism",
					new Object[] { terms.label(filter.getMechanism(), locale) }, locale));
		}
		if (filter.getLead() != null) {
			parts.add(messages.getMessage("dashboard.filter.lead", new Object[] { users.findById(filter.getLead())
				.map(lead -> lead.getDisplayName()).orElse("#" + filter.getLead()) }, locale));
		}
		return parts.isEmpty() ? messages.getMessage("dashboard.filter.whole", null, locale) : String.join("; ", parts);
	}

	/** @param locale the language of the labels in the figures */
	public BoardFigures of(DashboardFilter filter, Locale locale) {
		return reader.of(filter, locale);
	}

	/** A project lead without another role sees only the initiatives they lead. */
	public static boolean seesOnlyOwnInitiatives(CurrentUser user) {
		return user.has(Role.PROJECT_LEAD) && !user.has(Role.EXECUTIVE) && !user.has(Role.ADMIN)
				&& !user.has(Role.DATA_SCIENTIST);
	}
}
