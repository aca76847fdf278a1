package io.cyclewise.initiative.internal;

import io.cyclewise.initiative.Aspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Plain rule: which aspects differ between two snapshots of an initiative. */
public final class InitiativeHistory {

	private InitiativeHistory() {
	}

	public record Difference(Aspect aspect, String from, String to) {
	}

	public static List<Difference> differences(Map<Aspect, String> before, Map<Aspect, String> after) {
		List<Difference> differences = new ArrayList<>();
		for (Aspect aspect : Aspect.values()) {
			String from = before.get(aspect);
			String to = after.get(aspect);
			if (!Objects.equals(from, to)) {
				differences.add(new Difference(aspect, from, to));
			}
		}
		return differences;
	}
}
