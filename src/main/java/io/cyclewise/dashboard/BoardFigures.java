package io.cyclewise.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's aggregates for one filter, as plain values for a report (the board report): the same SQL as the
 * dashboard, the top risks longer than the dashboard's top 10.
 */
public record BoardFigures(long initiatives, long deployed, long productive, String deployedRate, String productiveRate,
		List<String> mechanisms, List<PhaseRow> phases, List<StageRow> funnel, List<HeatRow> heatMap,
		List<RankedRisk> topRisks, long raisedInWeeks, long clearedInWeeks, int weeks, List<AcceptedRisk> acceptedRisks,
		List<CompletionRow> completion, long evaluated, Instant oldestEvaluation) {

	/** Initiatives in one alignment phase, by mechanism (in the order of {@link #mechanisms()}). */
	public record PhaseRow(String phase, List<Long> byMechanism, long total) {
	}

	public record StageRow(String stage, long at, long reached) {
	}

	/** Open flags in one business unit by characteristic: temporal complexity, context sensitivity, mechanism fit. */
	public record HeatRow(String businessUnit, long temporal, long context, long mechanismFit) {
	}

	public record RankedRisk(long initiativeId, String name, String businessUnit, long score, long critical,
			long warning, long info) {
	}

	public record AcceptedRisk(String initiative, String rule, String acceptedBy, LocalDate expiresOn) {
	}

	public record CompletionRow(String mechanism, long initiatives, long percentMet, long conditionsMet,
			long conditionsRequired) {
	}
}
