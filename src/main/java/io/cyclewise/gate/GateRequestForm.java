package io.cyclewise.gate;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A gate request: which gate, optionally the step it should reach (refused if that is not the next one), a waiver
 * reason for each unmet check, and a note for the decider. The page and the API send the same fields.
 */
public class GateRequestForm {

	@NotNull(message = "Choose the gate: STAGE (next lifecycle stage) or PHASE (next alignment phase).")
	private GateKind kind;

	@Size(max = 40, message = "Name the stage or phase by its code, e.g. BENCHMARKING_METRICS.")
	private String target;

	@Valid
	@Size(max = 50, message = "A gate has at most 50 checks to waive.")
	private List<Waiver> waivers = new ArrayList<>();

	@Size(max = 2000, message = "A note has at most 2,000 characters.")
	private String note;

	/** Why an unmet check may be passed; the item is the checklist template item the check shows. */
	public static class Waiver {

		@NotNull(message = "Name the check to waive by its itemId.")
		private Long itemId;

		@Size(max = 1000, message = "A waiver reason has at most 1,000 characters.")
		private String reason;

		public Waiver() {
		}

		Waiver(Long itemId, String reason) {
			this.itemId = itemId;
			this.reason = reason;
		}

		public Long getItemId() {
			return itemId;
		}

		public void setItemId(Long itemId) {
			this.itemId = itemId;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	public GateKind getKind() {
		return kind;
	}

	public void setKind(GateKind kind) {
		this.kind = kind;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public List<Waiver> getWaivers() {
		return waivers;
	}

	public void setWaivers(List<Waiver> waivers) {
		this.waivers = waivers == null ? new ArrayList<>() : waivers;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
