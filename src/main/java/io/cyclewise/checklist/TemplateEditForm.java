package io.cyclewise.checklist;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's edit of one checklist template; saving publishes the next version. */
public class TemplateEditForm {

	@NotNull(message = "The form is incomplete; reload the page.")
	private Integer baseVersion;

	@Valid
	@Size(max = 100, message = "A template has at most 100 items.")
	private List<ItemEdit> items = new ArrayList<>();

	@Size(max = 40, message = "Choose a group from the list.")
	private String newGroup;

	@Size(max = 500, message = "A check has at most 500 characters.")
	private String newText;

	@Size(max = 1000, message = "Guidance has at most 1,000 characters.")
	private String newGuidance;

	/** One existing item: its stable key, new wording, and whether it is retired from the next version. */
	public static class ItemEdit {

		@NotBlank(message = "The form is incomplete; reload the page.")
		@Size(max = 60, message = "The form is incomplete; reload the page.")
		private String itemKey;

		@NotBlank(message = "Enter the check's wording.")
		@Size(max = 500, message = "A check has at most 500 characters.")
		private String text;

		@Size(max = 1000, message = "Guidance has at most 1,000 characters.")
		private String guidance;

		private boolean retire;

		public String getItemKey() {
			return itemKey;
		}

		public void setItemKey(String itemKey) {
			this.itemKey = itemKey;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getGuidance() {
			return guidance;
		}

		public void setGuidance(String guidance) {
			this.guidance = guidance;
		}

		public boolean isRetire() {
			return retire;
		}

		public void setRetire(boolean retire) {
			this.retire = retire;
		}
	}

	static TemplateEditForm of(ChecklistTemplate template, List<ChecklistTemplateItem> items) {
		TemplateEditForm form = new TemplateEditForm();
		form.baseVersion = template.getVersion();
		for (ChecklistTemplateItem item : items) {
			ItemEdit edit = new ItemEdit();
			edit.itemKey = item.getItemKey();
			edit.text = item.getText();
			edit.guidance = item.getGuidance();
			form.items.add(edit);
		}
		return form;
	}

	public Integer getBaseVersion() {
		return baseVersion;
	}

	public void setBaseVersion(Integer baseVersion) {
		this.baseVersion = baseVersion;
	}

	public List<ItemEdit> getItems() {
		return items;
	}

	public void setItems(List<ItemEdit> items) {
		this.items = items == null ? new ArrayList<>() : items;
	}

	public String getNewGroup() {
		return newGroup;
	}

	public void setNewGroup(String newGroup) {
		this.newGroup = newGroup;
	}

	public String getNewText() {
		return newText;
	}

	public void setNewText(String newText) {
		this.newText = newText;
	}

	public String getNewGuidance() {
		return newGuidance;
	}

	public void setNewGuidance(String newGuidance) {
		this.newGuidance = newGuidance;
	}
}
