package io.cyclewise.initiative;

/**
 * Another module's way to narrow the initiative list (e.g. "has an unmet necessary condition", "has an open
 * context-sensitivity flag") without the registry depending on that module. Register one as a Spring bean; the
 * list then accepts {@code ?only=<name>} and dashboards can link to it.
 */
public interface InitiativeListCriterion {

	/** The query-string value, e.g. {@code unmet-condition}: lower case, digits and dashes. */
	String name();

	/** What the page says while the criterion is active, e.g. "Has an unmet necessary condition". */
	String label();

	/** Usually an {@code exists} subquery on the contributing module's own tables. */
	InitiativeRestriction specification();

	/**
	 * The criterion a requested name stands for. A plain criterion answers only to its own name; a family of
	 * criteria (e.g. "had a flag raised in the week of …") answers to every name it can parse.
	 */
	default java.util.Optional<InitiativeListCriterion> resolve(String requested) {
		return name().equals(requested) ? java.util.Optional.of(this) : java.util.Optional.empty();
	}

	/** Whether the list's drop-down offers it; families are reached through links only. */
	default boolean offered() {
		return true;
	}
}
