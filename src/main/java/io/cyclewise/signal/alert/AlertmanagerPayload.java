package io.cyclewise.signal.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of Alertmanager's webhook notification, version "4", as current releases (0.27, 0.28) send it.
 * <p>
 * Unknown fields are ignored here, unlike in our own API bodies: this shape belongs to Alertmanager, which has added
 * fields to this version before ({@code truncatedAlerts}) and may again; a strict reader would turn an Alertmanager upgrade
 * into rejected notifications, retried and lost. What we rely on is checked by {@link AlertmanagerShape}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertmanagerPayload(String version, String groupKey, Integer truncatedAlerts, String status, String receiver,
		Map<String, String> groupLabels, Map<String, String> commonLabels, Map<String, String> commonAnnotations,
		String externalURL, List<Alert> alerts) {

	static final String SUPPORTED_VERSION = "4";

	/** One alert of the group; {@code endsAt} is {@code 0001-01-01T00:00:00Z} while it fires without an end. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Alert(String status, Map<String, String> labels, Map<String, String> annotations, OffsetDateTime startsAt,
			OffsetDateTime endsAt, String generatorURL, String fingerprint) {

		static final String FIRING = "firing";

		static final String RESOLVED = "resolved";

		boolean firing() {
			return FIRING.equals(status);
		}

		String label(String name) {
			return text(labels, name);
		}

		/** A label, else an annotation of that name (for values such as drift_score that rules put in either). */
		String labelOrAnnotation(String name) {
			String label = label(name);
			return label != null ? label : text(annotations, name);
		}

		String annotation(String name) {
			return text(annotations, name);
		}

		private static String text(Map<String, String> values, String name) {
			if (values == null) {
				return null;
			}
			String value = values.get(name);
			return value == null || value.isBlank() ? null : value.trim();
		}
	}
}
