package io.cyclewise.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
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
public class ChecklistAnswer {

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

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 60)
	private String changedBy;

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
		return !isToReassess() && status == answer.status() && Objects.equals(notApplicableReason, answer.notApplicableReason())
				&& Objects.equals(note, answer.note()) && Objects.equals(links, answer.joinedLinks());
	}

	void record(Long templateItemId, AnswerInput answer, String username, Instant when) {
		this.templateItemId = templateItemId;
		this.status = answer.status();
		this.notApplicableReason = answer.notApplicableReason();
		this.note = answer.note();
		this.links = answer.joinedLinks();
		this.changedBy = username;
		this.changedAt = when;
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

	static List<String> splitLinks(String links) {
		return links == null ? List.of() : Arrays.stream(links.split("\n")).filter(link -> !link.isBlank()).toList();
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
		return splitLinks(links);
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public long getVersion() {
		return version;
	}
}
