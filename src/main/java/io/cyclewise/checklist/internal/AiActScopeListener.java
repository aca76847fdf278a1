package io.cyclewise.checklist.internal;

import java.sql.Timestamp;

import io.cyclewise.checklist.AiActClassified;
import io.cyclewise.checklist.ChecklistChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code checklist_ai_act_scope}, the checklist module's read model of the AI Act classifications: the
 * obligations checklist applies only to initiatives currently classified high-risk (the view
 * {@code checklist_applicable_item} reads it). An older classification delivered late never overwrites a newer one.
 * Reads the initiative module's {@code initiative} table only to skip an initiative deleted meanwhile.
 */
@Component
class AiActScopeListener {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	AiActScopeListener(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(AiActClassified classified) {
		jdbc.sql("""
				INSERT INTO checklist_ai_act_scope (initiative_id, high_risk, role, classified_at)
				SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM initiative WHERE id = ?)
				ON CONFLICT (initiative_id) DO UPDATE SET high_risk = excluded.high_risk, role = excluded.role,
				  classified_at = excluded.classified_at
				WHERE checklist_ai_act_scope.classified_at <= excluded.classified_at
				""").params(classified.initiativeId(), classified.highRisk(), classified.role(),
						Timestamp.from(classified.classifiedAt()), classified.initiativeId())
			.update();
		// Which items apply changed: the risk engine recomputes the completion (and the dashboard's rollup moves on).
		events.publishEvent(new ChecklistChanged(classified.initiativeId()));
	}
}
