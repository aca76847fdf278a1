package io.cyclewise.report.internal;

import java.time.Duration;
import java.time.Instant;

import io.cyclewise.dashboard.DashboardFilter;
import io.cyclewise.initiative.AlignmentPhase;
import io.cyclewise.initiative.ValueCreationMechanism;

/** A requested board report and how far its generation got (without the generated documents). */
record ReportRun(long id, String requestedBy, Instant requestedAt, Long businessUnitId, String alignmentPhase,
		String mechanism, Long leadId, String filterText, Status status, int done, int total, Instant startedAt,
		Instant finishedAt, String failure, int attempts) {

	enum Status {
		QUEUED, RUNNING, DONE, FAILED
	}

	/** The dashboard filter the report was requested with (already narrowed to a lead's own initiatives). */
	DashboardFilter filter() {
		DashboardFilter filter = new DashboardFilter();
		filter.setBusinessUnit(businessUnitId);
		filter.setPhase(alignmentPhase == null ? null : AlignmentPhase.valueOf(alignmentPhase));
		filter.setMechanism(mechanism == null ? null : ValueCreationMechanism.valueOf(mechanism));
		filter.setLead(leadId);
		return filter;
	}

	public boolean isFinished() {
		return status == Status.DONE || status == Status.FAILED;
	}

	public boolean isDone() {
		return status == Status.DONE;
	}

	public int getPercentDone() {
		return total == 0 ? (isDone() ? 100 : 0) : (int) Math.min(100, 100L * done / total);
	}

	/** The message key of the status's word (report bundle). */
	public String getStatusCode() {
		return "report.run.status." + status.name();
	}

	/** How long generation took, e.g. "2.4 s"; empty until finished. */
	public String getDuration() {
		if (startedAt == null || finishedAt == null) {
			return "";
		}
		return String.format(java.util.Locale.ENGLISH, "%.1f s", Duration.between(startedAt, finishedAt).toMillis() / 1000.0);
	}
}
