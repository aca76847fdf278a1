package io.cyclewise.regulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.initiative.InitiativeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's EU AI Act register: initiatives by current tier, how many are not classified yet, and the open
 * obligations of the high-risk ones (from the checklist module).
 */
@Service
@Transactional(readOnly = true)
class AiActRegister {

	private final AiActService service;
	private final InitiativeService initiatives;
	private final ChecklistFacts checklists;

	AiActRegister(AiActService service, InitiativeService initiatives, ChecklistFacts checklists) {
		this.service = service;
		this.initiatives = initiatives;
		this.checklists = checklists;
	}

	/** @param tier null for every tier */
	record Register(Map<AiActTier, Long> byTier, long classified, long unclassified, AiActTier tier, List<AiActRegisterEntry> entries,
			int page, int size, long totalEntries) {

		public int totalPages() {
			return size == 0 ? 0 : (int) ((totalEntries + size - 1) / size);
		}
	}

	Register register(AiActTier tier, int page, int size) {
		Map<AiActTier, Long> byTier = service.countsByTier();
		long classified = byTier.values().stream().mapToLong(Long::longValue).sum();
		long total = initiatives.count();
		List<AiActService.Current> current = service.currentClassifications(tier, Math.multiplyExact(page, size), size);
		List<Long> ids = current.stream().map(AiActService.Current::initiativeId).toList();
		Map<Long, String> names = new HashMap<>();
		initiatives.summaries(ids).forEach(initiative -> names.put(initiative.id(), initiative.name()));
		Map<Long, Long> open = checklists.openAiActObligations(ids);
		List<AiActRegisterEntry> entries = current.stream().map(row -> new AiActRegisterEntry(row.initiativeId(), names.get(row.initiativeId()),
				row.tier(), row.role(), row.classifiedAt(), open.get(row.initiativeId()))).toList();
		return new Register(byTier, classified, Math.max(0, total - classified), tier, entries, page, size,
				tier == null ? classified : byTier.get(tier));
	}
}
