package io.cyclewise.gate;

/**
 * One check at a gate, as evaluated now: a checklist item (with its template item id, which a waiver names) or the
 * review Sustaining Alignment needs (no item id, not waivable).
 * @param key what identifies the check across template versions (the item key, or the review check's key)
 */
public record GateCheck(String key, Long itemId, String label, CheckStatus status, String evidence, boolean waivable) {

	public boolean satisfied() {
		return status.isSatisfied();
	}
}
