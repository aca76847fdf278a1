package io.cyclewise.shared;

/**
 * A value from the domain brief. Its words live in the module's message bundle, not in code, so every language has
 * them: {@code term.<Type>.<VALUE>} is the short name the papers use, {@code term.<Type>.<VALUE>.meaning} one or two
 * sentences in the paper's words. Pages show them with {@code ${@terms.label(x)}} and {@code ${@terms.meaning(x)}}.
 */
public interface DomainTerm {

	String name();

	default String labelCode() {
		Class<?> type = this instanceof Enum<?> constant ? constant.getDeclaringClass() : getClass();
		return "term." + type.getSimpleName() + "." + name();
	}

	default String meaningCode() {
		return labelCode() + ".meaning";
	}

	/** Transitional: the English label still held in code; removed once every module's terms are in its bundle. */
	default String label() {
		throw new UnsupportedOperationException(labelCode() + " is in the message bundle; use Terms");
	}

	/** Transitional, like {@link #label()}. */
	default String meaning() {
		throw new UnsupportedOperationException(meaningCode() + " is in the message bundle; use Terms");
	}
}
