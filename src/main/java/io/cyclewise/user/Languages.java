package io.cyclewise.user;

import java.util.List;
import java.util.Locale;

/** The languages the portal speaks; English is the default and the fallback. */
public final class Languages {

	public static final Locale DEFAULT = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

	private Languages() {
	}

	/** The supported language with this tag's language, or null for anything else (blank, unknown, malformed). */
	public static Locale supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String language = Locale.forLanguageTag(tag.strip()).getLanguage();
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}
}
