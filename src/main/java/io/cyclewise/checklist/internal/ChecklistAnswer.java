package io.cyclewise.checklist.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cyclewise.checklist.AnswerInput;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.shared.Changed;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The current answer of one initiative to one checklist item (by its stable key). Every stored change is also a
 * {@link ChecklistAnswerChange} row; {@code @Version} refuses an update based on an answer someone changed since.
 */
@Entity
@Table(name = "checklist_answer")
public class ChecklistAnswer extends Changed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ChecklistKind kind;

	@Column(name = "item_key", nullable = false, length = 60)
	private String itemKey;

	/** The template version's item this answer was given against, so its wording is kept. */
	@Column(name = "template_item_id", nullable = false)
	private Long templateItemId;

	@Embedded
	private AnswerContent content;

	/** Set by an external-environment context change (see {@link ReassessQueries}); cleared by the next answer. */
	@Column(name = "reassess_since")
	private LocalDate reassessSince;

	@Column(name = "reassess_reason", length = 200)
	private String reassessReason;

	@Column(name = "reassess_event_id")
	private Long reassessEventId;

	@Version
	private long version;

	protected ChecklistAnswer() {
	}

	ChecklistAnswer(Long initiativeId, ChecklistKind kind, String itemKey) {
		this.initiativeId = initiativeId;
		this.kind = kind;
		this.itemKey = itemKey;
	}

	/**
	 * True if storing {@code answer} would change nothing (same status, reason and evidence). Never while the answer
	 * is to reassess: confirming it unchanged is the reassessment, so it is stored and clears the mark.
	 */
	boolean sameAs(AnswerInput answer) {
		return !isToReassess() && AnswerContent.of(answer).sameAs(content);
	}

	void record(Long templateItemId, AnswerInput answer, String username, Instant when) {
		this.templateItemId = templateItemId;
		this.content = AnswerContent.of(answer);
		changedBy(username, when);
		this.reassessSince = null;
		this.reassessReason = null;
		this.reassessEventId = null;
	}

	/** An external-environment change asked to check this answer again; until then it does not count as met. */
	public boolean isToReassess() {
		return reassessSince != null;
	}

	public LocalDate getReassessSince() {
		return reassessSince;
	}

	public String getReassessReason() {
		return reassessReason;
	}

	public Long getId() {
		return id;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public ChecklistKind getKind() {
		return kind;
	}

	public String getItemKey() {
		return itemKey;
	}

	public Long getTemplateItemId() {
		return templateItemId;
	}

	AnswerContent getContent() {
		return content;
	}

	public AnswerStatus getStatus() {
		return content.getStatus();
	}

	public String getNotApplicableReason() {
		return content.getNotApplicableReason();
	}

	public String getNote() {
		return content.getNote();
	}

	public String getLinks() {
		return content.getLinks();
	}

	public List<String> getLinkList() {
		return content.getLinkList();
	}

	public long getVersion() {
		return version;
	}
}
