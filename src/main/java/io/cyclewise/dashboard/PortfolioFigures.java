package io.cyclewise.dashboard;





import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnitRepository;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.dashboard.internal.BoardFiguresReader;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures for other modules (reports): the same scope rules and aggregates as the page. */
@Service
@Transactional(readOnly = true)
public class PortfolioFigures {

	private final BoardFiguresReader reader;
	private final BusinessUnitRepository businessUnits;
	private final UserDirectory users;

	PortfolioFigures(BoardFiguresReader reader, BusinessUnitRepository businessUnits, UserDirectory users) {
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
	public String describe(DashboardFilter filter) {
		List<String> parts = new ArrayList<>();
		if (filter.getBusinessUnit() != null) {
			parts.add("Business unit: " + businessUnits.findById(filter.getBusinessUnit()).map(unit -> unit.getName())
				.orElse("#" + filter.getBusinessUnit()));
		}
		if (filter.getPhase() != null) {
			parts.add("Alignment phase: " + filter.getPhase().label());
		}
		if (filter.getMechanism() != null) {
			parts.add("Mechanism: " + filter.getMechanism().label());
		}
		if (filter.getLead() != null) {
			parts.add("Lead: " + users.findById(filter.getLead()).map(lead -> lead.getDisplayName())
				.orElse("#" + filter.getLead()));
		}
		return parts.isEmpty() ? "Whole portfolio" : String.join("; ", parts);
	}

	public BoardFigures of(DashboardFilter filter) {
		return reader.of(filter);
	}

	/** A project lead without another role sees only the initiatives they lead. */
	public static boolean seesOnlyOwnInitiatives(CurrentUser user) {
		return user.has(Role.PROJECT_LEAD) && !user.has(Role.EXECUTIVE) && !user.has(Role.ADMIN)
				&& !user.has(Role.DATA_SCIENTIST);
	}
}
