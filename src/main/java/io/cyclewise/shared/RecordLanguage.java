package io.cyclewise.shared;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English, the language the portal keeps its records in: texts stored once and shown to everyone as they were
 * written (history rows, risk flag explanations, gate snapshots, audit entries). The words come from the same
 * bundles as the pages' ({@code i18n/<module>.properties}, the English base file), so no word lives in code; this
 * lookup needs no Spring, so plain-Java rules can use it.
 */
public final class RecordLanguage {

	private static final ResourceBundle.Control BASE_FILE_ONLY = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

	private RecordLanguage() {
	}

	/** The English text of a code in the bundle of the module that declares {@code type}. */
	static String text(Class<?> type, String code) {
		String module = type.getPackageName().replaceFirst("^io\\.cyclewise\\.([a-z]+).*$", "$1");
		ResourceBundle bundle = BUNDLES.computeIfAbsent(module,
				name -> ResourceBundle.getBundle("i18n/" + name, Locale.ROOT, RecordLanguage.class.getClassLoader(), BASE_FILE_ONLY));
		try {
			return bundle.getString(code);
		}
		catch (MissingResourceException missing) {
			throw new IllegalStateException(code + " is missing from i18n/" + module + ".properties", missing);
		}
	}
}
