package io.cyclewise.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for a {@link DomainTerm} in the reader's language: the request's locale on pages ({@code @terms} in
 * templates), an explicit one where there is no request (e-mails, reports, CSV exports).
 */
@Component("terms")
public class Terms {

	private final MessageSource messages;

	Terms(MessageSource messages) {
		this.messages = messages;
	}

	public String label(DomainTerm term) {
		return label(term, LocaleContextHolder.getLocale());
	}

	public String meaning(DomainTerm term) {
		return meaning(term, LocaleContextHolder.getLocale());
	}

	public String label(DomainTerm term, Locale locale) {
		if (term == null) {
			return "";
		}
		return messages.getMessage(term.labelCode(), null, locale);
	}

	/** @return the explanation, or null for a term the papers give none (a severity, a status): no tooltip then */
	public String meaning(DomainTerm term, Locale locale) {
		if (term == null) {
			return "";
		}
		return messages.getMessage(term.meaningCode(), null, null, locale);
	}

	/** A validation error (a code of a bundle, or Bean Validation's message) in the request's language. */
	public String message(org.springframework.context.MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	/** A message of a bundle in the request's language. */
	public String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
