package io.cyclewise.notification.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What one weekly executive digest says, every link already absolute. Lists are capped; the {@code more...} counts
 * say how many were left out (the e-mail then links to the full page).
 */
public record ExecutiveDigestContent(LocalDate weekStart, LocalDate weekEnd, List<FlagCount> flagCounts,
		long raised, long cleared, List<CriticalFlag> criticalFlags, long moreCriticalFlags, String flagsUrl,
		List<NewEvent> events, long moreEvents, String eventsUrl, List<GateLine> decisions, long moreDecisions,
		List<GateLine> pending, long morePending, String gatesUrl, List<TopRisk> top, String dashboardUrl) {

	/** Flags of one characteristic and severity raised and cleared in the week. */
	public record FlagCount(String characteristic, String severity, long raised, long cleared) {
	}

	public record CriticalFlag(String initiative, String rule, boolean clearedSince, String url) {
	}

	/** A context change recorded in the week and the leads who have not acknowledged it yet. */
	public record NewEvent(String title, LocalDate occurredOn, long linked, List<String> unacknowledgedBy, String url) {
	}

	public record GateLine(String initiative, String kind, String from, String to, String status, String by, String url) {
	}

	/**
	 * One of the top 10 now. {@code previousRank} is its rank at the week's start (null: not in the top 10 then),
	 * {@code raisedThisWeek} the flags raised on it in the week.
	 */
	public record TopRisk(int rank, String initiative, String businessUnit, long score, Integer previousRank,
			long raisedThisWeek, String url) {

		/** The message key of the change since the week's start ({@code previousRank} is its argument). */
		public String changeCode() {
			if (previousRank == null) {
				return "notification.executive.top.new";
			}
			if (previousRank > rank) {
				return "notification.executive.top.up";
			}
			if (previousRank < rank) {
				return "notification.executive.top.down";
			}
			return "notification.executive.top.unchanged";
		}
	}
}
