package io.cyclewise.regulation.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cyclewise.checklist.ChecklistFacts;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.regulation.AiActRole;
import io.cyclewise.regulation.AiActTier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's EU AI Act register: initiatives by current tier, how many are not classified yet, and the open
 * obligations of the high-risk ones (from the checklist module).
 */
@Service
@Transactional(readOnly = true)
class AiActRegister {

	private final JdbcClient jdbc;
	private final InitiativeService initiatives;
	private final ChecklistFacts checklists;

	AiActRegister(JdbcClient jdbc, InitiativeService initiatives, ChecklistFacts checklists) {
		this.jdbc = jdbc;
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
		Map<AiActTier, Long> byTier = countsByTier();
		long classified = byTier.values().stream().mapToLong(Long::longValue).sum();
		long total = initiatives.count();
		List<Current> current = currentClassifications(tier, Math.multiplyExact(page, size), size);
		List<Long> ids = current.stream().map(Current::initiativeId).toList();
		Map<Long, String> names = new HashMap<>();
		initiatives.summaries(ids).forEach(initiative -> names.put(initiative.id(), initiative.name()));
		Map<Long, Long> open = checklists.openAiActObligations(ids);
		List<AiActRegisterEntry> entries = current.stream().map(row -> new AiActRegisterEntry(row.initiativeId(), names.get(row.initiativeId()),
				row.tier(), row.role(), row.classifiedAt(), open.get(row.initiativeId()))).toList();
		return new Register(byTier, classified, Math.max(0, total - classified), tier, entries, page, size,
				tier == null ? classified : byTier.get(tier));
	}

	/** Classified initiatives per current tier (every tier present, 0 if none), one GROUP BY over the current table. */
	private Map<AiActTier, Long> countsByTier() {
		Map<AiActTier, Long> counts = new EnumMap<>(AiActTier.class);
		for (AiActTier tier : AiActTier.values()) {
			counts.put(tier, 0L);
		}
		jdbc.sql("SELECT tier, count(*) FROM ai_act_current GROUP BY tier")
			.query((rs, row) -> Map.entry(AiActTier.valueOf(rs.getString(1)), rs.getLong(2))).list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/** One row of the register: the current classification of one initiative. */
	private record Current(long initiativeId, AiActTier tier, AiActRole role, Instant classifiedAt) {
	}

	/** Current classifications, optionally of one tier, newest first. */
	private List<Current> currentClassifications(AiActTier tier, int offset, int limit) {
		return jdbc.sql("SELECT initiative_id, tier, role, classified_at FROM ai_act_current"
				+ " WHERE (?::varchar IS NULL OR tier = ?) ORDER BY classified_at DESC, initiative_id LIMIT ? OFFSET ?")
			.params(tier == null ? null : tier.name(), tier == null ? null : tier.name(), limit, offset)
			.query((rs, row) -> new Current(rs.getLong(1), AiActTier.valueOf(rs.getString(2)),
					AiActRole.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()))
			.list();
	}
}
