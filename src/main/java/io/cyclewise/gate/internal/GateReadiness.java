package io.cyclewise.gate.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.checklist.ChecklistItemFact;
import io.cyclewise.gate.CheckStatus;
import io.cyclewise.gate.GateCheck;
import io.cyclewise.shared.DomainTerm;
import io.cyclewise.signal.RecordedReview;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules of a gate, without Spring (see docs/governance.md): which checks a step forward needs, which waivers it
 * accepts, and what changed since a request's snapshot.
 */
final class GateReadiness {

	static final String REVIEW_KEY = "REVIEW";
	static final int MIN_WAIVER_REASON = 10;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private GateReadiness() {
	}

	/**
	 * Checklist items as checks: the readiness items of the stage being left (stage gate) or the necessary conditions
	 * of the mechanism (to Effectuating). Met or not applicable needs no waiver; everything else may be waived.
	 */
	static List<GateCheck> checklist(List<ChecklistItemFact> items) {
		return items.stream().map(item -> new GateCheck(item.itemKey(), item.templateItemId(), item.text(),
				CheckStatus.of(item.status(), item.toReassess()), item.evidence(), true)).toList();
	}

	/**
	 * To Sustaining Alignment: a review recorded after the initiative entered Effectuating (any review if the history
	 * does not say when), not one that returned it: {@code last} is the latest review that kept the phase. Recorded,
	 * not dated, since a review can be dated back. Not waivable.
	 */
	static GateCheck review(Instant enteredEffectuatingAt, RecordedReview last, ZoneId zone) {
		boolean recorded = last != null
				&& (enteredEffectuatingAt == null || last.recordedAt().isAfter(enteredEffectuatingAt));
		String label = enteredEffectuatingAt == null ? "A review of the alignment has been recorded"
				: "A review recorded after the initiative entered Effectuating Alignment on "
						+ WHEN.format(enteredEffectuatingAt.atZone(zone));
		return new GateCheck(REVIEW_KEY, null, label, recorded ? CheckStatus.REVIEW_RECORDED : CheckStatus.NO_REVIEW,
				last == null ? null : "Last review: " + last.reviewedOn() + ", recorded "
						+ WHEN.format(last.recordedAt().atZone(zone)), false);
	}

	/**
	 * What keeps the request from being stored, by check key: an unsatisfied check without a waiver reason, a
	 * reason too short, a missing review. Satisfied checks need no waiver (one given is not stored).
	 * @param waiverReasons by template item id, as typed (may be blank)
	 */
	static Map<String, MessageSourceResolvable> problems(List<GateCheck> checks, Map<Long, String> waiverReasons) {
		Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
		for (GateCheck check : checks) {
			if (check.satisfied()) {
				continue;
			}
			if (!check.waivable()) {
				problems.put(check.key(), message("gate.check.reviewMissing"));
				continue;
			}
			String reason = waiverReasons.get(check.itemId());
			if (reason == null || reason.isBlank()) {
				problems.put(check.key(), message("gate.check.unmet." + check.status().name(), check.label()));
			}
			else if (reason.trim().length() < MIN_WAIVER_REASON) {
				problems.put(check.key(), message("gate.check.waiverShort", MIN_WAIVER_REASON, check.label()));
			}
		}
		return problems;
	}

	/** The waiver to store with a check: only unsatisfied checks keep one. */
	static String waiverFor(GateCheck check, Map<Long, String> waiverReasons) {
		if (check.satisfied() || !check.waivable()) {
			return null;
		}
		String reason = waiverReasons.get(check.itemId());
		return reason == null || reason.isBlank() ? null : reason.trim();
	}

	/** A check as it was stored with a request. */
	record Snapshot(String key, String label, CheckStatus status) {
	}

	/**
	 * The checks whose status differs from the snapshot, or that appeared or disappeared (e.g. a template was
	 * republished), in words: "“Data sources are known”: Met → Not met".
	 */
	static List<MessageSourceResolvable> changes(List<Snapshot> before, List<GateCheck> now) {
		Map<String, GateCheck> current = new HashMap<>();
		now.forEach(check -> current.put(check.key(), check));
		List<MessageSourceResolvable> changes = new ArrayList<>();
		for (Snapshot old : before) {
			GateCheck check = current.remove(old.key());
			if (check == null) {
				changes.add(message("gate.change.checkGone", old.label()));
			}
			else if (check.status() != old.status()) {
				changes.add(message("gate.change.status", old.label(), old.status(), check.status()));
			}
		}
		for (GateCheck added : now) {
			if (current.containsKey(added.key())) {
				changes.add(message("gate.change.checkAdded", added.label(), added.status()));
			}
		}
		return changes;
	}

	/** A message of the gate bundle; a {@link CheckStatus} argument becomes its label (it is a resolvable term). */
	static MessageSourceResolvable message(String code, Object... arguments) {
		Object[] resolvable = Arrays.stream(arguments)
			.map(argument -> argument instanceof DomainTerm term ? new DefaultMessageSourceResolvable(term.labelCode())
					: argument instanceof Number number ? number.toString() : argument)
			.toArray();
		return new DefaultMessageSourceResolvable(new String[] { code }, resolvable);
	}
}
