package io.cyclewise.checklist.internal;

import java.util.List;

import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.shared.Changed;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored answer, kept forever: who set which status and evidence, when, against which template wording. */
@Entity
@Table(name = "checklist_answer_change")
public class ChecklistAnswerChange extends Changed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "answer_id", nullable = false)
	private Long answerId;

	@Column(name = "initiative_id", nullable = false)
	private Long initiativeId;

	@Column(name = "template_item_id", nullable = false)
	private Long templateItemId;

	@Embedded
	private AnswerContent content;

	/** Why the answer was marked "to reassess" (written in SQL by {@link ReassessQueries}); null for answers given. */
	@Column(name = "reassess_reason", length = 200, insertable = false, updatable = false)
	private String reassessReason;

	protected ChecklistAnswerChange() {
	}

	ChecklistAnswerChange(ChecklistAnswer answer) {
		this.answerId = answer.getId();
		this.initiativeId = answer.getInitiativeId();
		this.templateItemId = answer.getTemplateItemId();
		this.content = answer.getContent().copy();
		changedBy(answer.getChangedBy(), answer.getChangedAt());
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
		return content.getStatus();
	}

	public String getNotApplicableReason() {
		return content.getNotApplicableReason();
	}

	public String getNote() {
		return content.getNote();
	}

	public List<String> getLinkList() {
		return content.getLinkList();
	}

	public String getReassessReason() {
		return reassessReason;
	}
}
