package io.cyclewise.finding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.risk.Severity;
import io.cyclewise.signal.LinkedEventFact;

/** What the pages show, mapped inside the service's transaction (entities are lazy, open-in-view is off). */
public final class FindingViews {

	private FindingViews() {
	}

	/** A row of a findings list (per initiative or the portfolio). */
	public record Row(long id, long initiativeId, String initiativeName, String title, Severity severity,
			FindingStatus status, LocalDate observedOn, String ownerName, long stepsDone, long stepsTotal) {
	}

	/** A risk flag of the initiative, as a finding may link it. */
	public record FlagOption(long id, String label) {
	}

	public record Step(long id, int position, String text, boolean done, String doneBy, Instant doneAt) {
	}

	public record HistoryLine(Instant changedAt, String changedBy, String aspect, String fromValue, String toValue) {
	}

	/** One finding with its steps, links and history. */
	public record Page(long id, long initiativeId, String initiativeName, String title, String description,
			Severity severity, LocalDate observedOn, String ownerUsername, String ownerName, FindingStatus status,
			String recordedBy, Instant recordedAt, String verificationNote, String verifiedBy, Instant verifiedAt,
			long version, List<Step> steps, List<LinkedEventFact> events, List<FlagOption> flags,
			List<HistoryLine> history) {

		public boolean allStepsDone() {
			return steps.stream().allMatch(Step::done);
		}

		public boolean closed() {
			return status == FindingStatus.CLOSED;
		}
	}
}
