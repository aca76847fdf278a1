package io.cyclewise.notification.internal;

import io.cyclewise.notification.DeliveryPreference;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.Notifications;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.user.EmailAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Settings → Notifications: the person's address and one delivery choice per kind. */
public class NotificationSettingsForm {

	@EmailAddress
	private String email;

	@Valid
	@Size(max = 100, message = "{notification.settings.tooManyChoices}")
	private List<Choice> preferences = new ArrayList<>();

	/** One kind's choice. */
	public static class Choice {

		@NotNull(message = "{notification.settings.incomplete}")
		private NotificationKind kind;

		@NotNull(message = "{notification.settings.delivery.required}")
		private DeliveryPreference delivery;

		public Choice() {
		}

		Choice(NotificationKind kind, DeliveryPreference delivery) {
			this.kind = kind;
			this.delivery = delivery;
		}

		public NotificationKind getKind() {
			return kind;
		}

		public void setKind(NotificationKind kind) {
			this.kind = kind;
		}

		public DeliveryPreference getDelivery() {
			return delivery;
		}

		public void setDelivery(DeliveryPreference delivery) {
			this.delivery = delivery;
		}
	}

	static NotificationSettingsForm of(String email, Map<NotificationKind, DeliveryPreference> preferences) {
		NotificationSettingsForm form = new NotificationSettingsForm();
		form.setEmail(email);
		preferences.forEach((kind, delivery) -> form.preferences.add(new Choice(kind, delivery)));
		return form;
	}

	/** The choices by kind; a kind sent twice counts once (the last). */
	Map<NotificationKind, DeliveryPreference> choices() {
		Map<NotificationKind, DeliveryPreference> choices = new EnumMap<>(NotificationKind.class);
		preferences.forEach(choice -> choices.put(choice.getKind(), choice.getDelivery()));
		return choices;
	}

	public String getEmail() {
		return email;
	}

	/** Spaces around a pasted address are not part of it. */
	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public List<Choice> getPreferences() {
		return preferences;
	}

	public void setPreferences(List<Choice> preferences) {
		this.preferences = preferences == null ? new ArrayList<>() : preferences;
	}
}
