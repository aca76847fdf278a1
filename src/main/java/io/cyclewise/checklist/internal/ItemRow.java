package io.cyclewise.checklist.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;

/**
 * One checklist item as a page shows it: wording, current answer and evidence, and the inline form with its
 * messages (validation errors, a stale-update conflict with the other person's version, or "saved").
 */
public class ItemRow {

	private final long initiativeId;
	private final ChecklistKind kind;
	private final ChecklistTemplateItem item;
	private final ChecklistAnswer answer;
	private final boolean applicable;
	private final boolean editable;
	private final String earlierWording;
	private ChecklistAnswerForm form;
	private Map<String, String> errors = new LinkedHashMap<>();
	private ChecklistAnswer conflict;
	private String message;

	ItemRow(long initiativeId, ChecklistKind kind, ChecklistTemplateItem item, ChecklistAnswer answer,
			boolean applicable, boolean editable, String earlierWording) {
		this.initiativeId = initiativeId;
		this.kind = kind;
		this.item = item;
		this.answer = answer;
		this.applicable = applicable;
		this.editable = editable;
		this.earlierWording = earlierWording;
		this.form = ChecklistAnswerForm.of(answer);
	}

	/** Keeps what the person typed and shows why it was not stored. */
	ItemRow refused(ChecklistAnswerForm typed, Map<String, String> errors) {
		this.form = typed;
		this.errors = new LinkedHashMap<>(errors);
		return this;
	}

	/**
	 * Keeps what the person typed beside the stored version; the form now carries the stored version, so saving
	 * again deliberately overwrites it.
	 */
	ItemRow conflicting(ChecklistAnswerForm typed, ChecklistAnswer stored) {
		this.form = typed;
		this.conflict = stored;
		typed.setSeenVersion(stored == null ? -1L : stored.getVersion());
		return this;
	}

	ItemRow saying(String message) {
		this.message = message;
		return this;
	}

	public String getDomId() {
		return "item-" + item.getId();
	}

	public long getInitiativeId() {
		return initiativeId;
	}

	public ChecklistKind getKind() {
		return kind;
	}

	public ChecklistTemplateItem getItem() {
		return item;
	}

	public ChecklistAnswer getAnswer() {
		return answer;
	}

	/** For conditions: required by the current mechanism; for the others: applies to the current stage. */
	public boolean isApplicable() {
		return applicable;
	}

	public boolean isEditable() {
		return editable;
	}

	/** A condition further right than the current mechanism needs: answering it shows what a shift would need. */
	public boolean isFurtherCondition() {
		return kind == ChecklistKind.MECHANISM_CONDITIONS && !applicable;
	}

	public String getEarlierWording() {
		return earlierWording;
	}

	public ChecklistAnswerForm getForm() {
		return form;
	}

	public Map<String, String> getErrors() {
		return errors;
	}

	public ChecklistAnswer getConflict() {
		return conflict;
	}

	public String getMessage() {
		return message;
	}

	public String getStatusCode() {
		return answer == null ? "NONE" : answer.getStatus().name();
	}

	/** Bootstrap's colours: green met, amber partly met, red not met, grey not applicable or not assessed. */
	public String getStatusClass() {
		return badgeClass(answer == null ? null : answer.getStatus());
	}

	public static String badgeClass(AnswerStatus status) {
		if (status == null) {
			return "text-bg-light border";
		}
		return switch (status) {
			case MET -> "text-bg-success";
			case PARTLY_MET -> "text-bg-warning";
			case NOT_MET -> "text-bg-danger";
			case NOT_APPLICABLE -> "text-bg-secondary";
		};
	}

	/** Still work to do: not assessed, not met or only partly met ("show only open items" keeps these). */
	public boolean isOpen() {
		return answer == null || answer.getStatus().isOpen();
	}

	public AnswerStatus[] getStatusChoices() {
		return kind.isNotApplicableAllowed() ? AnswerStatus.values()
				: new AnswerStatus[] { AnswerStatus.MET, AnswerStatus.PARTLY_MET, AnswerStatus.NOT_MET };
	}
}
