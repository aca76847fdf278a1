package io.cyclewise.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cyclewise.organization.BusinessUnitSummary;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.organization.BusinessUnits;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures for other modules (reports): the same scope rules and aggregates as the page. */
@Service
@Transactional(readOnly = true)
public class PortfolioFigures {

	static final int TOP_RISKS = 25;

	private final DashboardQueries queries;
	private final BusinessUnits businessUnits;
	private final UserDirectory users;

	PortfolioFigures(DashboardQueries queries, BusinessUnits businessUnits, UserDirectory users) {
		this.queries = queries;
		this.businessUnits = businessUnits;
		this.users = users;
	}

	/** A project lead without another role sees only the initiatives they lead, as on the dashboard. */
	public DashboardFilter scopedFor(DashboardFilter filter, CurrentUser user) {
		if (DashboardController.seesOnlyOwnInitiatives(user)) {
			filter.setLead(users.findByUsername(user.username()).map(u -> u.getId()).orElse(-1L));
		}
		return filter;
	}

	/** The filter in words, for the report's header: "Whole portfolio" or "Business unit: …; Phase: …". */
	public String describe(DashboardFilter filter) {
		List<String> parts = new ArrayList<>();
		if (filter.getBusinessUnit() != null) {
			parts.add("Business unit: " + businessUnits.find(filter.getBusinessUnit()).map(BusinessUnitSummary::name)
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
		PortfolioScope scope = PortfolioScope.of(filter);
		PortfolioOverview overview = PortfolioOverview.of(queries, scope);
		List<ValueCreationMechanism> mechanisms = Arrays.asList(ValueCreationMechanism.values());
		List<BoardFigures.PhaseRow> phases = Arrays.stream(AlignmentPhase.values())
			.map(phase -> new BoardFigures.PhaseRow(phase.label(),
					mechanisms.stream().map(mechanism -> overview.phaseByMechanism().get(phase).get(mechanism)).toList(),
					overview.phaseTotal(phase)))
			.toList();
		List<BoardFigures.StageRow> funnel = overview.funnel().stream()
			.map(step -> new BoardFigures.StageRow(step.stage().label(), step.at(), step.reached())).toList();
		List<BoardFigures.HeatRow> heat = overview.heatMap().stream()
			.map(row -> new BoardFigures.HeatRow(row.businessUnit(), row.flags().get(Characteristic.TEMPORAL_COMPLEXITY),
					row.flags().get(Characteristic.CONTEXT_SENSITIVITY), row.flags().get(Characteristic.MECHANISM_FIT)))
			.toList();
		List<BoardFigures.RankedRisk> top = queries.topByRisk(scope, TOP_RISKS).stream()
			.map(ranked -> new BoardFigures.RankedRisk(ranked.id(), ranked.name(), ranked.businessUnit(), ranked.score(),
					ranked.critical(), ranked.warning(), ranked.info()))
			.toList();
		List<BoardFigures.AcceptedRisk> accepted = overview.acceptedRisks().stream()
			.map(risk -> new BoardFigures.AcceptedRisk(risk.initiative(), risk.rule(), risk.acceptedBy(), risk.expiresOn()))
			.toList();
		List<BoardFigures.CompletionRow> completion = overview.completion().entrySet().stream()
			.map(entry -> new BoardFigures.CompletionRow(entry.getKey().label(), entry.getValue().initiatives(),
					entry.getValue().percentMet(), entry.getValue().conditionsMet(), entry.getValue().conditionsRequired()))
			.toList();
		var deployment = overview.deployment();
		return new BoardFigures(deployment.initiatives(), deployment.deployed(), deployment.productive(),
				overview.deployedRate(), overview.productiveRate(),
				mechanisms.stream().map(ValueCreationMechanism::label).toList(), phases, funnel, heat, top,
				overview.weeks().stream().mapToLong(DashboardQueries.Week::raised).sum(),
				overview.weeks().stream().mapToLong(DashboardQueries.Week::cleared).sum(), overview.weeks().size(),
				accepted, completion, overview.freshness().evaluated(), overview.freshness().oldestEvaluation());
	}
}
