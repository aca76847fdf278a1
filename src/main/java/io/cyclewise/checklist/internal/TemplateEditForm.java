package io.cyclewise.checklist.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's edit of one checklist template; saving publishes the next version. */
public class TemplateEditForm {

	@NotNull(message = "{checklist.form.incomplete}")
	private Integer baseVersion;

	@Size(max = 100, message = "{checklist.template.items.size}")
	private List<@Valid ItemEdit> items = new ArrayList<>();

	@Size(max = 40, message = "{checklist.template.newGroup.size}")
	private String newGroup;

	@Size(max = 500, message = "{checklist.template.text.size}")
	private String newText;

	@Size(max = 1000, message = "{checklist.template.guidance.size}")
	private String newGuidance;

	/** One existing item: its stable key, new wording, and whether it is retired from the next version. */
	public static class ItemEdit {

		@NotBlank(message = "{checklist.form.incomplete}")
		@Size(max = 60, message = "{checklist.form.incomplete}")
		private String itemKey;

		@NotBlank(message = "{checklist.template.text.required}")
		@Size(max = 500, message = "{checklist.template.text.size}")
		private String text;

		@Size(max = 1000, message = "{checklist.template.guidance.size}")
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

	/**
	 * Whether the items sent are the current version's items, each exactly once (in any order). A crafted or
	 * damaged request may leave gaps ({@code items[0]}, {@code items[5]}), repeat or drop a key, or name one that
	 * does not exist.
	 */
	boolean matches(List<ChecklistTemplateItem> current) {
		if (items.size() != current.size() || items.stream().anyMatch(Objects::isNull)) {
			return false;
		}
		Set<String> sent = new HashSet<>();
		for (ItemEdit edit : items) {
			if (edit.itemKey == null || !sent.add(edit.itemKey)) {
				return false;
			}
		}
		return current.stream().map(ChecklistTemplateItem::getItemKey).allMatch(sent::contains);
	}

	/**
	 * The same edit laid over the current items, in their order: each item keeps what was typed for its key (the
	 * first entry sent with it), items not sent show their current wording, entries for unknown keys are dropped.
	 * The new check and the base version stay as sent.
	 */
	TemplateEditForm realignedTo(List<ChecklistTemplateItem> current) {
		Map<String, ItemEdit> sent = new LinkedHashMap<>();
		for (ItemEdit edit : items) {
			if (edit != null && edit.itemKey != null) {
				sent.putIfAbsent(edit.itemKey, edit);
			}
		}
		TemplateEditForm form = new TemplateEditForm();
		form.baseVersion = baseVersion;
		form.newGroup = newGroup;
		form.newText = newText;
		form.newGuidance = newGuidance;
		for (ChecklistTemplateItem item : current) {
			ItemEdit edit = sent.get(item.getItemKey());
			if (edit == null) {
				edit = new ItemEdit();
				edit.itemKey = item.getItemKey();
				edit.text = item.getText();
				edit.guidance = item.getGuidance();
			}
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
