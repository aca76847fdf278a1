package io.cyclewise.checklist.internal;

import java.util.Locale;

import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.shared.DomainTerm;
import io.cyclewise.shared.Terms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words for a checklist's groups (the source's own categories) in the reader's language: pages and the API use
 * the request's locale; templates call it as {@code ${@checklistWords.groupLabel(kind, key)}}.
 */
@Component("checklistWords")
public class ChecklistWords {

	private final Terms terms;
	private final MessageSource messages;

	ChecklistWords(Terms terms, MessageSource messages) {
		this.terms = terms;
		this.messages = messages;
	}

	public String groupLabel(ChecklistKind kind, String groupKey) {
		return groupLabel(kind, groupKey, LocaleContextHolder.getLocale());
	}

	/** E.g. "Required from task augmentation" for a condition, "Learning to learn" for a practice; the key if unknown. */
	public String groupLabel(ChecklistKind kind, String groupKey, Locale locale) {
		DomainTerm group = kind.group(groupKey);
		if (group == null) {
			return groupKey;
		}
		String label = terms.label(group, locale);
		return kind == ChecklistKind.MECHANISM_CONDITIONS
				? messages.getMessage("checklist.group.requiredFrom", new Object[] { label.toLowerCase(locale) }, locale)
				: label;
	}

	/** The group's explanation, or null for an unknown key. */
	public String groupMeaning(ChecklistKind kind, String groupKey) {
		DomainTerm group = kind.group(groupKey);
		return group == null ? null : terms.meaning(group);
	}

	/**
	 * Prefixes the reason of a "not applicable" answer in the evidence text other modules keep (a gate request stores
	 * it), so it is in the portal's base language, like other stored text.
	 */
	public String notApplicablePrefix() {
		return messages.getMessage("checklist.evidence.notApplicable", null, Locale.ROOT);
	}
}
