package io.cyclewise.notification.internal;

import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The weekly executive digests on the web: the list of issues (latest on top), one issue as in the e-mail, and this
 * week so far. Executives, risk officers and administrators read them; the permission is checked before anything is
 * loaded, so others get 403 whether or not the issue exists.
 */
@Controller
@RequestMapping("/digests")
class ExecutiveDigestController {

	private final ExecutiveDigests digests;
	private final MessageSource messages;

	ExecutiveDigestController(ExecutiveDigests digests, MessageSource messages) {
		this.digests = digests;
		this.messages = messages;
	}

	static boolean canRead(CurrentUser user) {
		return user.has(Role.EXECUTIVE) || user.has(Role.RISK_OFFICER) || user.isAdmin();
	}

	@GetMapping
	String list(Model model, Authentication authentication) {
		checkReader(authentication);
		model.addAttribute("digests", digests.latest());
		return "notification/digests";
	}

	@GetMapping("/{digestId}")
	String issue(@PathVariable long digestId, Model model, Authentication authentication) {
		checkReader(authentication);
		ExecutiveDigestStore.Stored digest = digests.find(digestId);
		model.addAttribute("heading", ExecutiveDigestStore.headingOf(digest));
		model.addAttribute("html", digest.body().html());
		model.addAttribute("preview", false);
		return "notification/digest";
	}

	@GetMapping("/preview")
	String preview(Model model, Authentication authentication, Locale locale) {
		checkReader(authentication);
		model.addAttribute("heading", messages.getMessage("notification.digest.previewHeading", null, locale));
		model.addAttribute("html", digests.previewThisWeek().html());
		model.addAttribute("preview", true);
		return "notification/digest";
	}

	private static void checkReader(Authentication authentication) {
		if (!canRead(CurrentUser.of(authentication))) {
			throw new NotAllowedException("notification.digest.readersOnly");
		}
	}
}
