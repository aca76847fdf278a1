package io.cyclewise.notification;

import java.util.Objects;

/**
 * A notification to create. {@code subjectKey} names what it is about (e.g. {@code "flag:42"}): one recipient gets
 * at most one notification per kind and subject key, so calling again for the same subject does nothing.
 * {@code link} is a path inside the portal, starting with "/".
 */
public record NewNotification(String recipient, NotificationKind kind, String subjectKey, String title, String text,
		String link) {

	public NewNotification {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subjectKey, "subjectKey");
		Objects.requireNonNull(title, "title");
		text = text == null ? "" : text;
		if (link == null || !link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("A notification links to a path inside the portal, not " + link);
		}
	}
}
