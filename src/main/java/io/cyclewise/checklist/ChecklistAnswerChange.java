package io.cyclewise.checklist;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored answer, kept forever: who set which status and evidence, when, against which template wording. */
@Entity
@Table(name = "checklist_answer_change")
public class ChecklistAnswerChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "answer_id", nullable = false)
	private Long answerId;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Column(name = "template_item_id", nullable = false)
	private Long templateItemId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AnswerStatus status;

	@Column(name = "not_applicable_reason", length = 500)
	private String notApplicableReason;

	@Column(length = 2000)
	private String note;

	@Column(length = 5200)
	private String links;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

	/** Why the answer was marked "to reassess" (written in SQL by {@link ReassessQueries}); null for answers given. */
	@Column(name = "reassess_reason", length = 200, insertable = false, updatable = false)
	private String reassessReason;

	protected ChecklistAnswerChange() {
	}

	ChecklistAnswerChange(ChecklistAnswer answer) {
		this.answerId = answer.getId();
		this.initiativeId = answer.getInitiativeId();
		this.templateItemId = answer.getTemplateItemId();
		this.status = answer.getStatus();
		this.notApplicableReason = answer.getNotApplicableReason();
		this.note = answer.getNote();
		this.links = answer.getLinks();
		this.changedAt = answer.getChangedAt();
		this.changedBy = answer.getChangedBy();
	}

	public Long getId() {
		return id;
	}

	public Long getAnswerId() {
		return answerId;
	}

	public Long getInitiativeId() {
		return initiativeId;
	}

	public Long getTemplateItemId() {
		return templateItemId;
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

	public List<String> getLinkList() {
		return ChecklistAnswer.splitLinks(links);
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getReassessReason() {
		return reassessReason;
	}

	public String getChangedBy() {
		return changedBy;
	}
}
