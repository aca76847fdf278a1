package io.cyclewise.security.internal;

import io.cyclewise.security.SignInThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final MessageSource messages;

	LoginController(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * After a refused sign-in ({@code ?error}), a throttled one says why and for how long; any other failure keeps the
	 * page's "Unknown username or wrong password." (which never tells whether the username exists).
	 */
	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (request.getParameter("error") != null && session != null
				&& session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottledException refused) {
			model.addAttribute("signInRefusal", messages.getMessage(refused.reason(), LocaleContextHolder.getLocale()));
		}
		return "login";
	}
}
