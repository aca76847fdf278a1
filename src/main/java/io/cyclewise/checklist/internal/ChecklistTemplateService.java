package io.cyclewise.checklist.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistTemplatePublished;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.shared.NotFoundException;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a new template version from an administrator's edit. The old version and every answer given against
 * it stay as they are; answers follow the stable item keys into the new version.
 */
@Service
@Transactional(readOnly = true)
class ChecklistTemplateService {

	private final ChecklistTemplateRepository templates;
	private final ChecklistTemplateItemRepository items;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	ChecklistTemplateService(ChecklistTemplateRepository templates, ChecklistTemplateItemRepository items, Clock clock,
			ApplicationEventPublisher events) {
		this.templates = templates;
		this.items = items;
		this.clock = clock;
		this.events = events;
	}

	ChecklistTemplate current(ChecklistKind kind) {
		return templates.findByKindAndCurrentTrue(kind)
			.orElseThrow(() -> new NotFoundException("checklist.template.noCurrent", ChecklistRefusal.term(kind)));
	}

	List<ChecklistTemplate> currentTemplates() {
		return templates.findByCurrentTrueOrderByKindAsc();
	}

	List<ChecklistTemplate> versions(ChecklistKind kind) {
		return templates.findByKindOrderByVersionDesc(kind);
	}

	List<ChecklistTemplateItem> items(ChecklistTemplate template) {
		return items.findByTemplateIdOrderByPositionAsc(template.getId());
	}

	/**
	 * @throws ChecklistRefusal if someone published meanwhile, the items do not match the current version, the
	 * edit would change the necessary conditions' set, or nothing changed
	 */
	@Transactional
	public ChecklistTemplate publish(ChecklistKind kind, TemplateEditForm form, CurrentUser user) {
		if (!ChecklistPermissions.canEditTemplates(user)) {
			throw new NotAllowedException("checklist.template.notAllowed");
		}
		ChecklistTemplate current = current(kind);
		if (!Objects.equals(form.getBaseVersion(), current.getVersion())) {
			throw new ChecklistRefusal("checklist.template.publishedMeanwhile", current.getVersion(),
					current.getPublishedBy());
		}
		List<ChecklistTemplateItem> currentItems = items(current);
		Map<String, ChecklistTemplateItem> byKey = currentItems.stream()
			.collect(Collectors.toMap(ChecklistTemplateItem::getItemKey, Function.identity()));
		List<String> editedKeys = form.getItems().stream().map(TemplateEditForm.ItemEdit::getItemKey).toList();
		if (editedKeys.size() != byKey.size() || !byKey.keySet().containsAll(editedKeys)) {
			throw new ChecklistRefusal("checklist.template.itemsMismatch");
		}
		boolean adding = form.getNewText() != null && !form.getNewText().isBlank();
		boolean retiring = form.getItems().stream().anyMatch(TemplateEditForm.ItemEdit::isRetire);
		if (kind == ChecklistKind.MECHANISM_CONDITIONS && (adding || retiring)) {
			throw new ChecklistRefusal("checklist.template.conditionsFixed");
		}
		if (adding && kind.group(form.getNewGroup()) == null) {
			throw new ChecklistRefusal("checklist.template.newGroup.required");
		}
		boolean reworded = form.getItems().stream().anyMatch(edit -> {
			ChecklistTemplateItem item = byKey.get(edit.getItemKey());
			return !item.getText().equals(edit.getText().trim())
					|| !Objects.equals(item.getGuidance(), blankToNull(edit.getGuidance()));
		});
		if (!adding && !retiring && !reworded) {
			throw new ChecklistRefusal("checklist.template.nothingChanged");
		}
		current.retire();
		templates.saveAndFlush(current);
		ChecklistTemplate next = templates.save(new ChecklistTemplate(current, user.username(), clock.instant()));
		int position = 0;
		for (ChecklistTemplateItem item : currentItems) {
			TemplateEditForm.ItemEdit edit = form.getItems().get(editedKeys.indexOf(item.getItemKey()));
			if (!edit.isRetire()) {
				items.save(new ChecklistTemplateItem(next.getId(), item.getItemKey(), item.getGroupKey(), ++position,
						edit.getText().trim(), blankToNull(edit.getGuidance())));
			}
		}
		if (adding) {
			items.save(new ChecklistTemplateItem(next.getId(), "ADDED_V" + next.getVersion(), form.getNewGroup(),
					++position, form.getNewText().trim(), blankToNull(form.getNewGuidance())));
		}
		events.publishEvent(new ChecklistTemplatePublished(kind, next.getVersion(), user.username()));
		return next;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
