package io.cyclewise.dashboard.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.cyclewise.dashboard.BoardFigures;
import io.cyclewise.dashboard.DashboardFilter;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;
import io.cyclewise.risk.Characteristic;
import io.cyclewise.shared.Terms;
import org.springframework.stereotype.Component;

/** The board report's figures from the dashboard's queries (behind {@link io.cyclewise.dashboard.PortfolioFigures}). */
@Component
public class BoardFiguresReader {

	static final int TOP_RISKS = 25;

	private final DashboardQueries queries;
	private final Terms terms;

	BoardFiguresReader(DashboardQueries queries, Terms terms) {
		this.queries = queries;
		this.terms = terms;
	}

	public BoardFigures of(DashboardFilter filter, Locale locale) {
		PortfolioScope scope = PortfolioScope.of(filter);
		PortfolioOverview overview = PortfolioOverview.of(queries, scope);
		List<ValueCreationMechanism> mechanisms = Arrays.asList(ValueCreationMechanism.values());
		List<BoardFigures.PhaseRow> phases = Arrays.stream(AlignmentPhase.values())
			.map(phase -> new BoardFigures.PhaseRow(terms.label(phase, locale),
					mechanisms.stream().map(mechanism -> overview.phaseByMechanism().get(phase).get(mechanism)).toList(),
					overview.phaseTotal(phase)))
			.toList();
		List<BoardFigures.StageRow> funnel = overview.funnel().stream()
			.map(step -> new BoardFigures.StageRow(terms.label(step.stage(), locale), step.at(), step.reached())).toList();
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
			.map(entry -> new BoardFigures.CompletionRow(terms.label(entry.getKey(), locale), entry.getValue().initiatives(),
					entry.getValue().percentMet(), entry.getValue().conditionsMet(), entry.getValue().conditionsRequired()))
			.toList();
		var deployment = overview.deployment();
		return new BoardFigures(deployment.initiatives(), deployment.deployed(), deployment.productive(),
				overview.deployedRate(), overview.productiveRate(),
				mechanisms.stream().map(mechanism -> terms.label(mechanism, locale)).toList(), phases, funnel, heat, top,
				overview.weeks().stream().mapToLong(DashboardQueries.Week::raised).sum(),
				overview.weeks().stream().mapToLong(DashboardQueries.Week::cleared).sum(), overview.weeks().size(),
				accepted, completion, overview.freshness().evaluated(), overview.freshness().oldestEvaluation());
	}
}
