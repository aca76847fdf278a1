package io.cyclewise.user.internal;

import java.security.Principal;
import java.util.Locale;

import io.cyclewise.user.Languages;
import io.cyclewise.user.UserDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the signed-in person's choice ({@code app_user.language}), else the browser's
 * Accept-Language among the supported languages, else English. The choice is read once per session and kept there
 * (the JDBC session), so pages do not query the user table on every request. The stateless API and anonymous
 * pages follow Accept-Language.
 */
@Component("localeResolver")
class PersonLocaleResolver implements LocaleResolver {

	/** "username:tag" — the tag is empty when the person follows the browser; the username guards a reused session. */
	static final String SESSION_ATTRIBUTE = PersonLocaleResolver.class.getName() + ".CHOICE";

	private final UserDirectory users;

	PersonLocaleResolver(UserDirectory users) {
		this.users = users;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = chosenLocale(request);
		return chosen != null ? chosen : browserLocale(request.getHeader("Accept-Language"));
	}

	/** Called after a person changed their language: the session keeps the new choice (null = the browser's). */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Principal principal = request.getUserPrincipal();
		HttpSession session = request.getSession(false);
		if (principal != null && session != null) {
			session.setAttribute(SESSION_ATTRIBUTE, principal.getName() + ":" + (locale == null ? "" : locale.toLanguageTag()));
		}
	}

	private Locale chosenLocale(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		HttpSession session = request.getSession(false);
		if (principal == null) {
			return null;
		}
		if (session == null) {
			// The stateless API speaks the caller's Accept-Language; a page without a session (tests) asks the database.
			return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? null
					: users.chosenLocaleOf(principal.getName()).map(Locale::toLanguageTag).map(Languages::supported)
						.orElse(null);
		}
		String prefix = principal.getName() + ":";
		if (session.getAttribute(SESSION_ATTRIBUTE) instanceof String cached && cached.startsWith(prefix)) {
			return Languages.supported(cached.substring(prefix.length()));
		}
		Locale chosen = users.chosenLocaleOf(principal.getName()).map(Locale::toLanguageTag).map(Languages::supported)
			.orElse(null);
		session.setAttribute(SESSION_ATTRIBUTE, prefix + (chosen == null ? "" : chosen.toLanguageTag()));
		return chosen;
	}

	/** The best supported match of an Accept-Language header; a malformed header counts as none. */
	static Locale browserLocale(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Languages.DEFAULT;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Languages.SUPPORTED);
			return match != null ? match : Languages.DEFAULT;
		}
		catch (IllegalArgumentException malformed) {
			return Languages.DEFAULT;
		}
	}
}
