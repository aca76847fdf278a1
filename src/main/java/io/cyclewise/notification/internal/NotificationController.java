package io.cyclewise.notification.internal;

import io.cyclewise.notification.Notifications;

import java.security.Principal;
import java.util.Locale;

import io.cyclewise.shared.FragmentPage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own inbox: the bell's count, the paged list, mark one read (and go there) or all. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final Notifications notifications;
	private final MessageSource messages;

	NotificationController(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "unread") String order,
			Model model, Principal principal) {
		model.addAttribute("inbox", notifications.inbox(principal.getName(), page, !"newest".equals(order)));
		return "notification/inbox";
	}

	/** The bell, polled by htmx every minute; a whole page when opened directly. */
	@GetMapping("/unread-count")
	String unreadCount(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Principal principal, Locale locale) {
		model.addAttribute("unread", notifications.unreadCount(principal.getName()));
		return FragmentPage.unlessHtmx(htmx, "notification/bell :: bell", model,
				messages.getMessage("notification.bell.pageTitle", null, locale), "/notifications",
				messages.getMessage("notification.bell.back", null, locale));
	}

	/** Marks it read and opens what it is about. Someone else's notification is answered 404, like a missing one. */
	@PostMapping("/{notificationId}/read")
	String read(@PathVariable long notificationId, Principal principal) {
		return "redirect:" + notifications.markRead(principal.getName(), notificationId);
	}

	@PostMapping("/read-all")
	String readAll(Principal principal, RedirectAttributes redirect, Locale locale) {
		int marked = notifications.markAllRead(principal.getName());
		redirect.addFlashAttribute("message", messages.getMessage("notification.inbox.markedRead",
				new Object[] { marked }, locale));
		return "redirect:/notifications";
	}
}
