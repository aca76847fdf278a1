package io.cyclewise.signal.alert;

/** The labels and annotations an alerting rule sets for the portal (documented in docs/integrations.md). */
final class AlertLabels {

	/** The initiative's id, or its exact name. */
	static final String INITIATIVE = "initiative";

	/** {@link #DATA_CHECK} (the default) or {@link #CONTEXT_EVENT}. */
	static final String SIGNAL = "cyclewise_signal";

	static final String DATA_CHECK = "data_check";

	static final String CONTEXT_EVENT = "context_event";

	static final String ALERT_NAME = "alertname";

	static final String METRIC = "metric";

	static final String USER_CONTEXT = "user_context";

	/** A label or an annotation. */
	static final String DRIFT_SCORE = "drift_score";

	static final String SUMMARY = "summary";

	static final String DESCRIPTION = "description";

	private AlertLabels() {
	}
}
