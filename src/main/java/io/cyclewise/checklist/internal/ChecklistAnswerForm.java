package io.cyclewise.checklist.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person sends to answer one item. Bean Validation checks the lengths; {@link ChecklistAnswerValidator} the
 * rules that depend on the checklist (a necessary condition is never "not applicable") and the evidence links.
 */
public class ChecklistAnswerForm {

	static final int MAX_REASON = 500;
	static final int MAX_NOTE = 2000;
	static final int MAX_LINKS = 10;
	static final int MAX_LINK = 500;

	private AnswerStatus status;

	@Size(max = MAX_REASON, message = "{checklist.answer.notApplicableReason.size}")
	private String notApplicableReason;

	@Size(max = MAX_NOTE, message = "{checklist.answer.note.size}")
	private String note;

	private String links;

	/** The answer version the person saw; -1 when the item had no answer yet. */
	@NotNull(message = "{checklist.form.incompleteRetry}")
	private Long seenVersion;

	public static ChecklistAnswerForm of(ChecklistAnswer answer) {
		ChecklistAnswerForm form = new ChecklistAnswerForm();
		form.seenVersion = -1L;
		if (answer != null) {
			form.status = answer.getStatus();
			form.notApplicableReason = answer.getNotApplicableReason();
			form.note = answer.getNote();
			form.links = answer.getLinks();
			form.seenVersion = answer.getVersion();
		}
		return form;
	}

	List<String> linkList() {
		if (links == null) {
			return List.of();
		}
		return new ArrayList<>(Arrays.stream(links.split("\\s+")).map(String::trim).filter(link -> !link.isEmpty())
			.distinct().toList());
	}

	/** Call only after validation found nothing. */
	public AnswerInput toInput() {
		boolean notApplicable = status == AnswerStatus.NOT_APPLICABLE;
		return new AnswerInput(status, notApplicable ? notApplicableReason.trim() : null, blankToNull(note), linkList());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text.trim();
	}

	public AnswerStatus getStatus() {
		return status;
	}

	public void setStatus(AnswerStatus status) {
		this.status = status;
	}

	public String getNotApplicableReason() {
		return notApplicableReason;
	}

	public void setNotApplicableReason(String notApplicableReason) {
		this.notApplicableReason = notApplicableReason;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getLinks() {
		return links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public Long getSeenVersion() {
		return seenVersion;
	}

	public void setSeenVersion(Long seenVersion) {
		this.seenVersion = seenVersion;
	}
}
