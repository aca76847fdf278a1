package io.cyclewise.signal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which initiatives a context-change event affects. The same rule runs in SQL when an event is recorded (see
 * {@code EventLinker}); this plain version documents it, is unit-tested, and cross-checks the SQL in tests:
 * <ul>
 * <li>{@link ScopeKind#ORGANIZATION}: every initiative;</li>
 * <li>{@link ScopeKind#BUSINESS_UNITS}: initiatives owned by one of the named units;</li>
 * <li>{@link ScopeKind#USER_CONTEXTS}: initiatives serving at least one of the named user contexts, compared
 * without regard to case and surrounding spaces.</li>
 * </ul>
 * Initiatives whose ML Technology Cycle is <em>Retired</em> are never linked (checked next to this rule).
 */
public record EventScope(ScopeKind kind, Set<Long> businessUnitIds, List<String> userContexts) {

	public EventScope {
		businessUnitIds = kind == ScopeKind.BUSINESS_UNITS ? Set.copyOf(businessUnitIds) : Set.of();
		userContexts = kind == ScopeKind.USER_CONTEXTS ? List.copyOf(userContexts) : List.of();
	}

	public static EventScope organization() {
		return new EventScope(ScopeKind.ORGANIZATION, Set.of(), List.of());
	}

	public static EventScope businessUnits(Collection<Long> ids) {
		return new EventScope(ScopeKind.BUSINESS_UNITS, Set.copyOf(ids), List.of());
	}

	public static EventScope userContexts(Collection<String> contexts) {
		return new EventScope(ScopeKind.USER_CONTEXTS, Set.of(), List.copyOf(contexts));
	}

	/** Splits typed user contexts at commas and line breaks; trims, drops blanks and case-insensitive repeats. */
	public static List<String> parseUserContexts(String text) {
		if (text == null) {
			return List.of();
		}
		Set<String> seen = new LinkedHashSet<>();
		List<String> contexts = new ArrayList<>();
		for (String part : text.split("[,\\n]")) {
			String context = part.trim();
			if (!context.isEmpty() && seen.add(normalize(context))) {
				contexts.add(context);
			}
		}
		return contexts;
	}

	/** Does the event reach an initiative of this business unit that serves these user contexts? */
	public boolean covers(long businessUnitId, Collection<String> initiativeUserContexts) {
		return switch (kind) {
			case ORGANIZATION -> true;
			case BUSINESS_UNITS -> businessUnitIds.contains(businessUnitId);
			case USER_CONTEXTS -> {
				Set<String> named = new LinkedHashSet<>();
				userContexts.forEach(context -> named.add(normalize(context)));
				yield initiativeUserContexts.stream().map(EventScope::normalize).anyMatch(named::contains);
			}
		};
	}

	public boolean isEmpty() {
		return kind != ScopeKind.ORGANIZATION && businessUnitIds.isEmpty() && userContexts.isEmpty();
	}

	/** The comparison key of a user context: what SQL's {@code lower(trim(...))} gives. */
	public static String normalize(String userContext) {
		return userContext.trim().toLowerCase(Locale.ROOT);
	}
}
