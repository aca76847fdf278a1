package io.cyclewise.regulation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cyclewise.checklist.AiActClassified;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.shared.InvalidRequestException;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Stores AI Act classifications (a new row each time, the latest current) and announces {@link AiActClassified};
 * reads them as {@link ClassificationView} records.
 */
@Service
@Transactional(readOnly = true)
public class AiActService {

	private final InitiativeService initiatives;
	private final AiActClassificationRepository classifications;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AiActService(InitiativeService initiatives, AiActClassificationRepository classifications, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.initiatives = initiatives;
		this.classifications = classifications;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The initiative, if the user may classify it; 404 for an unknown one, 403 otherwise. */
	InitiativeSummary requireClassifier(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!AiActPermissions.canClassify(user, initiative)) {
			throw new AccessDeniedException("Only the initiative's lead or an administrator classifies it under the AI Act.");
		}
		return initiative;
	}

	/** Contradictions between the answers and with the stated tier, as field errors (after Bean Validation). */
	public void validate(AiActClassificationForm form, Errors errors) {
		ClassificationRules.contradictions(form.answers(), form.getStatedTier()).forEach((field, message) -> {
			if (errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, "contradiction", message);
			}
		});
		// Spaces do not explain anything: the reasoning is stored without them.
		if (form.getReasoning() != null && form.getReasoning().strip().length() < 20
				&& errors.getFieldErrorCount("reasoning") == 0) {
			errors.rejectValue("reasoning", "tooShort", "Explain the classification in at least 20 characters.");
		}
	}

	/**
	 * Stores the classification, with the derived tier (which equals the stated one), and makes it current.
	 * @throws InvalidRequestException if the answers contradict each other or the stated tier; nothing is stored
	 */
	@Transactional
	public ClassificationView classify(long initiativeId, AiActClassificationForm form, CurrentUser user) {
		requireClassifier(initiativeId, user);
		Errors errors = new BeanPropertyBindingResult(form, "classification");
		validate(form, errors);
		if (form.getRole() == null || form.getStatedTier() == null || form.getReasoning() == null) {
			errors.reject("incomplete", "The role, the tier and a reasoning of at least 20 characters are required.");
		}
		// Callers validate first (pages show the errors at the fields); this guards every other path.
		RequestValidation.throwIfInvalid(errors);
		ClassificationAnswers answers = form.answers();
		Instant now = clock.instant();
		AiActClassification classification = classifications.saveAndFlush(new AiActClassification(initiativeId,
				form.getRole(), answers, ClassificationRules.derive(answers), form.getReasoning(), user.username(), now));
		jdbc.sql("""
				INSERT INTO ai_act_current (initiative_id, classification_id, tier, role, classified_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (initiative_id) DO UPDATE SET classification_id = excluded.classification_id,
				  tier = excluded.tier, role = excluded.role, classified_at = excluded.classified_at
				""").params(initiativeId, classification.getId(), classification.getTier().name(),
						classification.getRole().name(), Timestamp.from(now))
			.update();
		events.publishEvent(new AiActClassified(initiativeId, classification.getTier().name(),
				classification.getRole().name(), now));
		return classification.view();
	}

	/** Every classification of the initiative, newest (current) first; 404 for an unknown initiative. */
	public List<ClassificationView> history(long initiativeId) {
		initiatives.get(initiativeId);
		return classifications.findByInitiativeIdOrderByClassifiedAtDescIdDesc(initiativeId).stream()
			.map(AiActClassification::view).toList();
	}

	public Optional<ClassificationView> current(long initiativeId) {
		return history(initiativeId).stream().findFirst();
	}

	/** Classified initiatives per current tier (every tier present, 0 if none), one GROUP BY over the current table. */
	Map<AiActTier, Long> countsByTier() {
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
	record Current(long initiativeId, AiActTier tier, AiActRole role, Instant classifiedAt) {
	}

	/** Current classifications, optionally of one tier, newest first. */
	List<Current> currentClassifications(AiActTier tier, int offset, int limit) {
		return jdbc.sql("SELECT initiative_id, tier, role, classified_at FROM ai_act_current"
				+ " WHERE (?::varchar IS NULL OR tier = ?) ORDER BY classified_at DESC, initiative_id LIMIT ? OFFSET ?")
			.params(tier == null ? null : tier.name(), tier == null ? null : tier.name(), limit, offset)
			.query((rs, row) -> new Current(rs.getLong(1), AiActTier.valueOf(rs.getString(2)),
					AiActRole.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()))
			.list();
	}
}
