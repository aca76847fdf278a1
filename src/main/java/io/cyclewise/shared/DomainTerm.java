package io.cyclewise.shared;

/**
 * A value from the domain brief. Its words live in the module's message bundle, not in code, so every language has
 * them: {@code term.<Type>.<VALUE>} is the short name the papers use, {@code term.<Type>.<VALUE>.meaning} one or two
 * sentences in the paper's words. Pages show them in the reader's language with {@code ${@terms.label(x)}} and
 * {@code ${@terms.meaning(x)}} ({@link Terms}).
 */
public interface DomainTerm {

	String name();

	default String labelCode() {
		return "term." + type().getSimpleName() + "." + name();
	}

	default String meaningCode() {
		return labelCode() + ".meaning";
	}

	/**
	 * The label in English, the language records are kept in ({@link RecordLanguage}): for texts that are stored,
	 * such as history rows and flag explanations. Anything shown to a reader uses {@link Terms} instead.
	 */
	default String label() {
		return RecordLanguage.text(type(), labelCode());
	}

	/** The meaning in English, for stored texts; see {@link #label()}. */
	default String meaning() {
		return RecordLanguage.text(type(), meaningCode());
	}

	private Class<?> type() {
		return this instanceof Enum<?> constant ? constant.getDeclaringClass() : getClass();
	}
}
