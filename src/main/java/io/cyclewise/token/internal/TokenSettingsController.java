package io.cyclewise.token.internal;

import java.security.Principal;

import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenAccess;
import io.cyclewise.token.TooManyTokensException;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own tokens: create one (its secret shown once), see when each was last used, revoke. */
@Controller
@RequestMapping("/settings/tokens")
class TokenSettingsController {

	private final PersonalAccessTokens tokens;

	private final MessageSource messages;

	TokenSettingsController(PersonalAccessTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model, Principal principal) {
		if (!model.containsAttribute("token")) {
			model.addAttribute("token", new TokenForm());
		}
		return page(model, principal);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("token") TokenForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model, principal);
		}
		try {
			String secret = tokens.create(principal.getName(), form.toCommand());
			// A flash attribute lives in the session for exactly one redirect, so the secret is shown once.
			redirect.addFlashAttribute("secret", secret);
			redirect.addFlashAttribute("message", messages.getMessage("token.created",
					new Object[] { form.getName().trim() }, LocaleContextHolder.getLocale()));
			return "redirect:/settings/tokens";
		}
		catch (TooManyTokensException exception) {
			result.reject(exception.code(), exception.getArguments(), null);
			return page(model, principal);
		}
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", messages.getMessage(tokens.revoke(principal.getName(), id)
				? "token.revoked" : "token.notFound", null, LocaleContextHolder.getLocale()));
		return "redirect:/settings/tokens";
	}

	private String page(Model model, Principal principal) {
		model.addAttribute("tokens", tokens.of(principal.getName()));
		model.addAttribute("accessChoices", TokenAccess.values());
		return "token/settings";
	}
}
