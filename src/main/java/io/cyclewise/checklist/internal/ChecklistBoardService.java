package io.cyclewise.checklist.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cyclewise.checklist.ChecklistCompletion;
import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.ChecklistResource;
import io.cyclewise.checklist.NecessaryCondition;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.user.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the checklists page (and single rows for inline updates) of one initiative. */
@Service
@Transactional(readOnly = true)
public class ChecklistBoardService {

	private final InitiativeService initiatives;
	private final ChecklistTemplateRepository templates;
	private final ChecklistTemplateItemRepository items;
	private final ChecklistAnswerRepository answers;
	private final ChecklistQueries queries;
	private final ChecklistFacts facts;
	private final ChecklistWords words;

	ChecklistBoardService(InitiativeService initiatives, ChecklistTemplateRepository templates,
			ChecklistTemplateItemRepository items, ChecklistAnswerRepository answers, ChecklistQueries queries,
			ChecklistFacts facts, ChecklistWords words) {
		this.initiatives = initiatives;
		this.templates = templates;
		this.items = items;
		this.answers = answers;
		this.queries = queries;
		this.facts = facts;
		this.words = words;
	}

	public ChecklistBoard board(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		boolean canWork = ChecklistPermissions.canWork(user, initiative);
		Set<Long> applicable = queries.applicableItemIds(initiativeId);
		Map<String, ChecklistAnswer> answerByKey = answers.findByInitiativeId(initiativeId).stream()
			.collect(Collectors.toMap(ChecklistBoardService::key, Function.identity()));
		Map<Long, ChecklistTemplateItem> answeredItems = items.findAllById(
				answerByKey.values().stream().map(ChecklistAnswer::getTemplateItemId).distinct().toList())
			.stream().collect(Collectors.toMap(ChecklistTemplateItem::getId, Function.identity()));
		Map<ChecklistKind, ChecklistCompletion> completion = queries.completion(initiativeId).stream()
			.collect(Collectors.toMap(ChecklistCompletion::kind, Function.identity()));

		List<ChecklistTemplate> current = templates.findByCurrentTrueOrderByKindAsc();
		Map<Long, List<ChecklistTemplateItem>> itemsByTemplate = items
			.findByTemplateIdInOrderByPositionAsc(current.stream().map(ChecklistTemplate::getId).toList())
			.stream().collect(Collectors.groupingBy(ChecklistTemplateItem::getTemplateId));
		Set<String> shownKeys = new java.util.HashSet<>();
		List<ChecklistBoard.Section> sections = new ArrayList<>();
		for (ChecklistKind kind : ChecklistKind.values()) {
			ChecklistTemplate template = current.stream().filter(t -> t.getKind() == kind).findFirst().orElse(null);
			if (template == null) {
				continue;
			}
			Map<String, List<ItemRow>> rowsByGroup = new LinkedHashMap<>();
			int notYetApplicable = 0;
			for (ChecklistTemplateItem item : itemsByTemplate.getOrDefault(template.getId(), List.of())) {
				boolean applies = applicable.contains(item.getId());
				if (!applies && kind != ChecklistKind.MECHANISM_CONDITIONS) {
					notYetApplicable++;
					continue;
				}
				ChecklistAnswer answer = answerByKey.get(kind + "/" + item.getItemKey());
				shownKeys.add(kind + "/" + item.getItemKey());
				rowsByGroup.computeIfAbsent(item.getGroupKey(), group -> new ArrayList<>())
					.add(row(initiativeId, kind, item, answer, applies, canWork, answeredItems));
			}
			if (kind == ChecklistKind.AI_ACT_OBLIGATIONS && rowsByGroup.isEmpty()) {
				continue; // only for initiatives currently classified high-risk
			}
			List<ChecklistBoard.Group> groups = rowsByGroup.entrySet().stream()
				.map(entry -> ChecklistBoard.Group.of(kind, entry.getKey(), entry.getValue(), words)).toList();
			sections.add(new ChecklistBoard.Section(kind, template, completion.get(kind), groups, notYetApplicable));
		}
		// Answers to items that no longer apply (a later stage, a retired item) stay visible, read-only.
		List<ItemRow> kept = answerByKey.entrySet().stream()
			.filter(entry -> !shownKeys.contains(entry.getKey()))
			.map(entry -> new ItemRow(initiativeId, entry.getValue().getKind(),
					answeredItems.get(entry.getValue().getTemplateItemId()), entry.getValue(), false, false, null))
			.sorted(java.util.Comparator.comparing((ItemRow row) -> row.getKind().ordinal())
				.thenComparing(row -> row.getItem().getPosition()))
			.toList();
		return new ChecklistBoard(initiative, facts.fit(initiativeId), facts.shifts(initiativeId), sections, kept,
				canWork, ChecklistPermissions.canShift(user, initiative));
	}

	/** The checklists for the API, mapped here while the template items can still be read. */
	public ChecklistResource resource(long initiativeId, CurrentUser user) {
		ChecklistBoard board = board(initiativeId, user);
		List<ChecklistResource.Checklist> checklists = board.sections().stream().map(section -> {
			ChecklistCompletion completion = section.completion();
			return new ChecklistResource.Checklist(section.kind(), section.template().getTitle(),
					section.template().getVersion(), section.kind().isNotApplicableAllowed(),
					completion == null ? 0 : completion.met(), completion == null ? 0 : completion.applicable(),
					completion == null ? 0 : completion.open(), section.notYetApplicable(),
					section.groups().stream().flatMap(group -> group.rows().stream()).map(this::item)
						.toList());
		}).toList();
		return new ChecklistResource(initiativeId, board.initiative().mechanism(), board.canWork(), checklists,
				board.kept().stream().map(this::item).toList());
	}

	public ChecklistResource.Item itemResource(long initiativeId, long templateItemId, CurrentUser user) {
		return item(row(initiativeId, templateItemId, user));
	}

	/** One row, e.g. to answer an inline update. */
	public ItemRow row(long initiativeId, long templateItemId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		ChecklistTemplateItem item = items.findById(templateItemId).orElseThrow();
		ChecklistKind kind = templates.findById(item.getTemplateId()).orElseThrow().getKind();
		ChecklistAnswer answer = answers.findByInitiativeIdAndKindAndItemKey(initiativeId, kind, item.getItemKey())
			.orElse(null);
		Map<Long, ChecklistTemplateItem> answeredItems = new HashMap<>();
		if (answer != null) {
			items.findById(answer.getTemplateItemId()).ifPresent(answered -> answeredItems.put(answered.getId(), answered));
		}
		boolean applies = queries.applicableItemIds(initiativeId).contains(item.getId());
		return row(initiativeId, kind, item, answer, applies, ChecklistPermissions.canWork(user, initiative), answeredItems);
	}

	private ChecklistResource.Item item(ItemRow row) {
		NecessaryCondition condition = row.getKind() == ChecklistKind.MECHANISM_CONDITIONS
				? NecessaryCondition.ofKey(row.getItem().getItemKey()) : null;
		ChecklistAnswer answer = row.getAnswer();
		return new ChecklistResource.Item(row.getItem().getId(), row.getKind(), row.getItem().getItemKey(),
				row.getItem().getGroupKey(), words.groupLabel(row.getKind(), row.getItem().getGroupKey()),
				row.getItem().getText(), row.getItem().getGuidance(), condition,
				condition == null ? null : condition.requiredFrom(), row.isApplicable(), row.getEarlierWording(),
				answer(answer), answer == null ? -1 : answer.getVersion());
	}

	private static ChecklistResource.Answer answer(ChecklistAnswer answer) {
		return answer == null ? null : new ChecklistResource.Answer(answer.getId(), answer.getStatus(),
				answer.getNotApplicableReason(), answer.getNote(), answer.getLinkList(), answer.getTemplateItemId(),
				answer.getChangedBy(), answer.getChangedAt(), answer.getVersion(), answer.getReassessSince(),
				answer.getReassessReason());
	}

	private static ItemRow row(long initiativeId, ChecklistKind kind, ChecklistTemplateItem item, ChecklistAnswer answer,
			boolean applies, boolean canWork, Map<Long, ChecklistTemplateItem> answeredItems) {
		String earlierWording = null;
		if (answer != null && !answer.getTemplateItemId().equals(item.getId())) {
			ChecklistTemplateItem answered = answeredItems.get(answer.getTemplateItemId());
			if (answered != null && !answered.getText().equals(item.getText())) {
				earlierWording = answered.getText();
			}
		}
		return new ItemRow(initiativeId, kind, item, answer, applies, canWork, earlierWording);
	}

	private static String key(ChecklistAnswer answer) {
		return answer.getKind() + "/" + answer.getItemKey();
	}
}
