package io.cyclewise.risk.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.cyclewise.risk.Characteristic;
import io.cyclewise.risk.RiskFinding;

/**
 * Plain rule: given the flags open now and the findings of a fresh evaluation, which flags stay (refreshed), which
 * are cleared and which are newly raised. A flag keeps its identity (rule + subject) and its raised date.
 */
public final class RiskFlagReconciliation {

	public record Outcome(List<RiskFlag> raised, List<RiskFlag> cleared, List<RiskFlag> kept) {
	}

	private RiskFlagReconciliation() {
	}

	/** {@code characteristicOf} gives a rule key's characteristic, stored with each raised flag. */
	public static Outcome reconcile(Long initiativeId, List<RiskFlag> open, List<RiskFinding> findings,
			Function<String, Characteristic> characteristicOf, Instant now) {
		List<RiskFlag> raised = new ArrayList<>();
		List<RiskFlag> cleared = new ArrayList<>();
		List<RiskFlag> kept = new ArrayList<>();
		for (RiskFlag flag : open) {
			findings.stream().filter(flag::matches).findFirst().ifPresentOrElse(finding -> {
				flag.refresh(finding, now);
				kept.add(flag);
			}, () -> {
				flag.clear(now);
				cleared.add(flag);
			});
		}
		for (RiskFinding finding : findings) {
			if (open.stream().noneMatch(flag -> flag.matches(finding))
					&& raised.stream().noneMatch(flag -> flag.matches(finding))) {
				raised.add(new RiskFlag(initiativeId, finding, characteristicOf.apply(finding.rule()), now));
			}
		}
		return new Outcome(raised, cleared, kept);
	}
}
