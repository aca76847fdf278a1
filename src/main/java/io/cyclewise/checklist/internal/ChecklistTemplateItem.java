package io.cyclewise.checklist.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One check of one template version. The item key stays the same across versions; the wording may change. */
@Entity
@Table(name = "checklist_template_item")
public class ChecklistTemplateItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "template_id", nullable = false)
	private Long templateId;

	@Column(name = "item_key", nullable = false, length = 60)
	private String itemKey;

	@Column(name = "group_key", nullable = false, length = 40)
	private String groupKey;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 500)
	private String text;

	@Column(length = 1000)
	private String guidance;

	protected ChecklistTemplateItem() {
	}

	ChecklistTemplateItem(Long templateId, String itemKey, String groupKey, int position, String text, String guidance) {
		this.templateId = templateId;
		this.itemKey = itemKey;
		this.groupKey = groupKey;
		this.position = position;
		this.text = text;
		this.guidance = guidance;
	}

	public Long getId() {
		return id;
	}

	public Long getTemplateId() {
		return templateId;
	}

	public String getItemKey() {
		return itemKey;
	}

	public String getGroupKey() {
		return groupKey;
	}

	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

	public String getGuidance() {
		return guidance;
	}
}
