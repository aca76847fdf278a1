package io.cyclewise.user.internal;

import java.security.Principal;
import java.util.Locale;

import io.cyclewise.user.Languages;
import io.cyclewise.user.UserDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings → Language: everyone chooses the portal's language for themselves, or follows their browser. */
@Controller
@RequestMapping("/settings/language")
class LanguageSettingsController {

	private final UserDirectory users;
	private final LocaleResolver localeResolver;
	private final MessageSource messages;

	LanguageSettingsController(UserDirectory users, LocaleResolver localeResolver, MessageSource messages) {
		this.users = users;
		this.localeResolver = localeResolver;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model, Principal principal) {
		LanguageForm form = new LanguageForm();
		form.setLanguage(users.chosenLocaleOf(principal.getName()).map(Locale::getLanguage).orElse(""));
		model.addAttribute("languageForm", form);
		return "user/language";
	}

	@PostMapping
	String save(@Valid @ModelAttribute("languageForm") LanguageForm form, BindingResult result, Principal principal,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "user/language";
		}
		Locale chosen = Languages.supported(form.getLanguage());
		users.changeLanguage(principal.getName(), chosen);
		// The session keeps the new choice, so the very next page is in it.
		localeResolver.setLocale(request, response, chosen);
		Locale now = localeResolver.resolveLocale(request);
		redirect.addFlashAttribute("message", messages.getMessage("user.language.saved", null, now));
		return "redirect:/settings/language";
	}
}
