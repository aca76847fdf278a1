package io.cyclewise.notification.internal;

import io.cyclewise.notification.DeliveryPreference;

import io.cyclewise.notification.NotificationKind;

import io.cyclewise.notification.Notifications;

import java.security.Principal;
import java.util.Locale;

import io.cyclewise.user.UserDirectory;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Notifications: everyone's own e-mail address and how they want each kind of notification. */
@Controller
@RequestMapping("/settings/notifications")
class NotificationSettingsController {

	private final UserDirectory users;
	private final NotificationPreferences preferences;
	private final NotificationDelivery delivery;
	private final TransactionTemplate transaction;
	private final MessageSource messages;

	NotificationSettingsController(UserDirectory users, NotificationPreferences preferences,
			NotificationDelivery delivery, TransactionTemplate transaction, MessageSource messages) {
		this.messages = messages;
		this.users = users;
		this.preferences = preferences;
		this.delivery = delivery;
		this.transaction = transaction;
	}

	@GetMapping
	String show(Model model, Principal principal) {
		model.addAttribute("settings", NotificationSettingsForm.of(users.emailOf(principal.getName()).orElse(null),
				preferences.of(principal.getName())));
		return page(model, principal);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("settings") NotificationSettingsForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			return page(model, principal);
		}
		transaction.executeWithoutResult(status -> {
			users.changeEmail(principal.getName(), form.getEmail());
			preferences.save(principal.getName(), form.choices());
		});
		redirect.addFlashAttribute("message", messages.getMessage("notification.settings.saved", null, locale));
		return "redirect:/settings/notifications";
	}

	private String page(Model model, Principal principal) {
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("deliveryChoices", DeliveryPreference.values());
		model.addAttribute("storedEmail", users.emailOf(principal.getName()).orElse(null));
		model.addAttribute("mailEnabled", delivery.mailEnabled());
		model.addAttribute("lastFailure", delivery.lastFailure(principal.getName()).orElse(null));
		return "notification/settings";
	}
}
