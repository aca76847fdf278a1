package io.cyclewise.checklist.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cyclewise.checklist.AlignmentPractice;
import io.cyclewise.checklist.AnswerStatus;
import io.cyclewise.checklist.ChecklistCompletion;
import io.cyclewise.checklist.ChecklistItemFact;
import io.cyclewise.checklist.ChecklistKind;
import io.cyclewise.checklist.CompletionByMechanism;
import io.cyclewise.checklist.InitiativeCompletion;
import io.cyclewise.checklist.OpenChecklistItem;
import io.cyclewise.initiative.ValueCreationMechanism;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-based reads on the {@code checklist_applicable_item} view (V10): which items apply to which initiative, and
 * the counts, done by PostgreSQL with GROUP BY rather than by loops over rows. The view is the checklist's read
 * model of the initiative module's {@code initiative} table (mechanism and lifecycle stage decide which items apply).
 */
@Repository
public class ChecklistQueries {

	private final JdbcClient jdbc;
	private final ChecklistWords words;

	ChecklistQueries(JdbcClient jdbc, ChecklistWords words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	public Set<Long> applicableItemIds(long initiativeId) {
		return new HashSet<>(jdbc.sql("select template_item_id from checklist_applicable_item where initiative_id = ?")
			.param(initiativeId).query(Long.class).list());
	}

	/**
	 * Per checklist, in the order of {@link ChecklistKind}; a checklist with nothing applicable shows 0/0, except the
	 * AI Act obligations, which are left out unless the initiative is currently high-risk.
	 */
	public List<ChecklistCompletion> completion(long initiativeId) {
		Map<ChecklistKind, ChecklistCompletion> byKind = new EnumMap<>(ChecklistKind.class);
		jdbc.sql("""
				select kind,
				       count(*) filter (where status = 'MET') as met,
				       count(*) filter (where status is distinct from 'NOT_APPLICABLE') as applicable,
				       count(*) filter (where status is null or status in ('NOT_MET', 'PARTLY_MET')) as open
				from checklist_applicable_item
				where initiative_id = ?
				group by kind
				""").param(initiativeId).query((rs, row) -> new ChecklistCompletion(ChecklistKind.valueOf(rs.getString("kind")),
						rs.getLong("met"), rs.getLong("applicable"), rs.getLong("open")))
			.list().forEach(completion -> byKind.put(completion.kind(), completion));
		List<ChecklistCompletion> all = new ArrayList<>();
		for (ChecklistKind kind : ChecklistKind.values()) {
			if (kind != ChecklistKind.AI_ACT_OBLIGATIONS || byKind.containsKey(kind)) {
				all.add(byKind.getOrDefault(kind, new ChecklistCompletion(kind, 0, 0, 0)));
			}
		}
		return all;
	}

	/**
	 * Completion of several initiatives at once (one GROUP BY), e.g. for a chunk of the risk engine's work. The
	 * papers' checklists only: the AI Act obligations are counted apart ({@link #openObligations}).
	 */
	public List<InitiativeCompletion> completionOf(Collection<Long> initiativeIds) {
		if (initiativeIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select initiative_id,
				       count(*) filter (where status = 'MET') as met,
				       count(*) filter (where status is distinct from 'NOT_APPLICABLE') as applicable,
				       count(*) filter (where kind = 'MECHANISM_CONDITIONS' and status = 'MET' and not to_reassess) as conditions_met,
				       count(*) filter (where kind = 'MECHANISM_CONDITIONS') as conditions_required
				from checklist_applicable_item
				where initiative_id = any(?) and kind <> 'AI_ACT_OBLIGATIONS'
				group by initiative_id
				""").param(initiativeIds.toArray(Long[]::new))
			.query((rs, row) -> new InitiativeCompletion(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	public List<CompletionByMechanism> completionByMechanism() {
		Map<ValueCreationMechanism, CompletionByMechanism> byMechanism = new EnumMap<>(ValueCreationMechanism.class);
		jdbc.sql("""
				select mechanism,
				       count(distinct initiative_id) as initiatives,
				       count(*) filter (where status = 'MET') as met,
				       count(*) filter (where status is distinct from 'NOT_APPLICABLE') as applicable,
				       count(*) filter (where kind = 'MECHANISM_CONDITIONS' and status = 'MET' and not to_reassess) as conditions_met,
				       count(*) filter (where kind = 'MECHANISM_CONDITIONS') as conditions_required
				from checklist_applicable_item
				where kind <> 'AI_ACT_OBLIGATIONS'
				group by mechanism
				""").query((rs, row) -> new CompletionByMechanism(ValueCreationMechanism.valueOf(rs.getString("mechanism")),
						rs.getLong("initiatives"), rs.getLong("met"), rs.getLong("applicable"),
						rs.getLong("conditions_met"), rs.getLong("conditions_required")))
			.list().forEach(completion -> byMechanism.put(completion.mechanism(), completion));
		List<CompletionByMechanism> all = new ArrayList<>();
		for (ValueCreationMechanism mechanism : ValueCreationMechanism.values()) {
			all.add(byMechanism.getOrDefault(mechanism, new CompletionByMechanism(mechanism, 0, 0, 0, 0, 0)));
		}
		return all;
	}

	public List<OpenChecklistItem> openAlignmentPracticeItems(long initiativeId) {
		return jdbc.sql("""
				select item_key, group_key, text, status
				from checklist_applicable_item
				where initiative_id = ? and kind = 'ALIGNMENT_PRACTICES' and status in ('NOT_MET', 'PARTLY_MET')
				order by position
				""").param(initiativeId).query((rs, row) -> new OpenChecklistItem(rs.getString("item_key"),
						AlignmentPractice.valueOf(rs.getString("group_key")), rs.getString("text"),
						AnswerStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/** Per initiative, the AI Act obligations that apply and are still open (not met, partly met, not assessed). */
	public Map<Long, Long> openObligations(Collection<Long> initiativeIds) {
		Map<Long, Long> open = new java.util.HashMap<>();
		if (initiativeIds.isEmpty()) {
			return open;
		}
		jdbc.sql("""
				select initiative_id, count(*) filter (where status is null or status in ('NOT_MET', 'PARTLY_MET'))
				from checklist_applicable_item
				where kind = 'AI_ACT_OBLIGATIONS' and initiative_id = any(?)
				group by initiative_id
				""").param(initiativeIds.toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
			.forEach(entry -> open.put(entry.getKey(), entry.getValue()));
		return open;
	}

	/** Applicable items still open (not met, partly met, not assessed), in checklist and template order. */
	public List<OpenItem> openItems(long initiativeId) {
		return jdbc.sql("""
				select kind, group_key, text, status
				from checklist_applicable_item
				where initiative_id = ? and (status is null or status in ('NOT_MET', 'PARTLY_MET'))
				order by case kind when 'MECHANISM_CONDITIONS' then 1 when 'ALIGNMENT_PRACTICES' then 2
				                   when 'STAGE_READINESS' then 3 when 'CRAFT_TACTICS' then 4 else 5 end, position
				""").param(initiativeId).query((rs, row) -> {
					ChecklistKind kind = ChecklistKind.valueOf(rs.getString("kind"));
					String status = rs.getString("status");
					return new OpenItem(kind, words.groupLabel(kind, rs.getString("group_key")), rs.getString("text"),
							status == null ? null : AnswerStatus.valueOf(status));
				})
			.list();
	}

	/** Applicable items of one checklist (optionally of one group) with answer and evidence, in template order. */
	public List<ChecklistItemFact> items(long initiativeId, ChecklistKind kind, String groupKey) {
		return jdbc.sql("""
				select v.template_item_id, v.item_key, v.group_key, v.text, v.status, v.to_reassess,
				       concat_ws(' · ', cast(:notApplicable as varchar) || a.not_applicable_reason, a.note,
				                 nullif(replace(a.links, chr(10), ' '), '')) as evidence
				from checklist_applicable_item v
				left join checklist_answer a on a.initiative_id = v.initiative_id and a.kind = v.kind
				                             and a.item_key = v.item_key
				where v.initiative_id = :initiative and v.kind = :kind
				  and (cast(:group as varchar) is null or v.group_key = :group)
				order by v.position
				""").param("initiative", initiativeId).param("kind", kind.name()).param("group", groupKey)
			.param("notApplicable", words.notApplicablePrefix())
			.query((rs, row) -> {
				String status = rs.getString("status");
				String evidence = rs.getString("evidence");
				return new ChecklistItemFact(rs.getLong("template_item_id"), rs.getString("item_key"),
						rs.getString("group_key"), rs.getString("text"),
						status == null ? null : AnswerStatus.valueOf(status),
						evidence == null || evidence.isBlank() ? null : evidence, rs.getBoolean("to_reassess"));
			})
			.list();
	}
}
