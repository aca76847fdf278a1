package io.cyclewise.regulation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.cyclewise.checklist.AiActClassified;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.regulation.internal.AiActClassification;
import io.cyclewise.regulation.internal.AiActClassificationRepository;
import io.cyclewise.regulation.internal.AiActClassificationValidator;
import io.cyclewise.regulation.internal.AiActPermissions;
import io.cyclewise.regulation.internal.ClassificationRules;
import io.cyclewise.shared.ConflictException;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
	public InitiativeSummary requireClassifier(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		if (!AiActPermissions.canClassify(user, initiative)) {
			throw new NotAllowedException("regulation.classify.notAllowed");
		}
		return initiative;
	}

	/**
	 * Stores the classification, with the derived tier (which equals the stated one), and makes it current.
	 * @throws ConflictException if it is incomplete or contradicts itself or the stated tier (pages and the API
	 *         validate first and show every field; this guards every other caller); nothing is stored then
	 */
	@Transactional
	public ClassificationView classify(long initiativeId, NewClassification command, CurrentUser user) {
		requireClassifier(initiativeId, user);
		if (command.role() == null || command.statedTier() == null || command.reasoning() == null
				|| command.reasoning().strip().length() < AiActClassificationValidator.MIN_REASONING
				|| !ClassificationRules.contradictions(command.answers(), command.statedTier()).isEmpty()) {
			throw new ConflictException("regulation.classify.inconsistent");
		}
		ClassificationAnswers answers = command.answers();
		Instant now = clock.instant();
		AiActClassification classification = classifications.saveAndFlush(new AiActClassification(initiativeId,
				command.role(), answers, ClassificationRules.derive(answers), command.reasoning(), user.username(), now));
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
		return classifications.findByInitiativeIdOrderByRecordedAtDescIdDesc(initiativeId).stream()
			.map(AiActClassification::view).toList();
	}

	public Optional<ClassificationView> current(long initiativeId) {
		return history(initiativeId).stream().findFirst();
	}
}
