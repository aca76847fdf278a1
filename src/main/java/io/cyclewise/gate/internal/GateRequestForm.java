package io.cyclewise.gate.internal;

import java.util.ArrayList;
import java.util.List;

import io.cyclewise.gate.GateKind;
import io.cyclewise.gate.NewGateRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A gate request: which gate, optionally the step it should reach (refused if that is not the next one), a waiver
 * reason for each unmet check, and a note for the decider. The page and the API send the same fields.
 */
public class GateRequestForm {

	/** The form holding a request other modules made, so the same rules judge it. */
	static GateRequestForm of(NewGateRequest command) {
		GateRequestForm form = new GateRequestForm();
		form.kind = command.kind();
		form.target = command.target();
		form.note = command.note();
		command.waivers().forEach(waiver -> form.waivers.add(new Waiver(waiver.itemId(), waiver.reason())));
		return form;
	}

	/** What the workflow stores: the form as typed, empty waiver rows left out. */
	NewGateRequest toCommand() {
		return new NewGateRequest(kind, target, waivers.stream().filter(waiver -> waiver != null && waiver.getItemId() != null)
			.map(waiver -> new NewGateRequest.Waiver(waiver.getItemId(), waiver.getReason())).toList(), note);
	}


	@NotNull(message = "{gate.form.kind.required}")
	private GateKind kind;

	@Size(max = 40, message = "{gate.form.target.size}")
	private String target;

	@Valid
	@Size(max = 50, message = "{gate.form.waivers.size}")
	private List<Waiver> waivers = new ArrayList<>();

	@Size(max = 2000, message = "{gate.form.note.size}")
	private String note;

	/** Why an unmet check may be passed; the item is the checklist template item the check shows. */
	public static class Waiver {

		@NotNull(message = "{gate.form.waiver.itemId.required}")
		private Long itemId;

		@Size(max = 1000, message = "{gate.form.waiver.reason.size}")
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
