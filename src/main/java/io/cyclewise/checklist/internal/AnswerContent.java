package io.cyclewise.checklist.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What an answer says: status, the reason when not applicable, and the evidence (a note and links). The same
 * columns in the current answer and in every history row, so both are defined here once.
 */
@Embeddable
public class AnswerContent {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AnswerStatus status;

	@Column(name = "not_applicable_reason", length = 500)
	private String notApplicableReason;

	@Column(length = 2000)
	private String note;

	/** Evidence links, one http(s) address per line. */
	@Column(length = 5200)
	private String links;

	protected AnswerContent() {
	}

	private AnswerContent(AnswerStatus status, String notApplicableReason, String note, String links) {
		this.status = status;
		this.notApplicableReason = notApplicableReason;
		this.note = note;
		this.links = links;
	}

	static AnswerContent of(AnswerInput input) {
		return new AnswerContent(input.status(), input.notApplicableReason(), input.note(),
				input.links().isEmpty() ? null : String.join("\n", input.links()));
	}

	/** A copy for a history row (an embeddable value belongs to one entity). */
	AnswerContent copy() {
		return new AnswerContent(status, notApplicableReason, note, links);
	}

	boolean sameAs(AnswerContent other) {
		return other != null && status == other.status && Objects.equals(notApplicableReason, other.notApplicableReason)
				&& Objects.equals(note, other.note) && Objects.equals(links, other.links);
	}

	public AnswerStatus getStatus() {
		return status;
	}

	public String getNotApplicableReason() {
		return notApplicableReason;
	}

	public String getNote() {
		return note;
	}

	public String getLinks() {
		return links;
	}

	public List<String> getLinkList() {
		return links == null ? List.of() : Arrays.stream(links.split("\n")).filter(link -> !link.isBlank()).toList();
	}
}
