package io.cyclewise.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cyclewise.initiative.Initiative;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.signal.measure.DataCheck;
import io.cyclewise.signal.measure.DataCheckRepository;
import io.cyclewise.signal.measure.Observation;
import io.cyclewise.signal.measure.ObservationRepository;
import io.cyclewise.signal.support.FormDates;
import io.cyclewise.signal.support.Submissions;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Records performance observations and data checks (data scientists) and reads them back for one initiative. */
@Service
@Transactional(readOnly = true)
public class MeasurementService {

	/** The user-context choice for a value measured across all of an initiative's user contexts. */
	public static final String ALL_USER_CONTEXTS = "All user contexts";

	private final ObservationRepository observations;
	private final DataCheckRepository dataChecks;
	private final InitiativeService initiatives;
	private final ApplicationEventPublisher events;
	private final IngestionMetrics metrics;
	private final Clock clock;

	public MeasurementService(ObservationRepository observations, DataCheckRepository dataChecks,
			InitiativeService initiatives, ApplicationEventPublisher events, IngestionMetrics metrics, Clock clock) {
		this.observations = observations;
		this.dataChecks = dataChecks;
		this.initiatives = initiatives;
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
	}

	public List<String> userContextChoices(Initiative initiative) {
		List<String> choices = new ArrayList<>(initiative.getUserContexts());
		choices.add(ALL_USER_CONTEXTS);
		return choices;
	}

	public List<Observation> observations(long initiativeId) {
		return observations.findTop500ByInitiativeIdOrderByObservedOnDescIdDesc(initiativeId);
	}

	public List<DataCheck> dataChecks(long initiativeId) {
		return dataChecks.findTop200ByInitiativeIdOrderByCheckedOnDescIdDesc(initiativeId);
	}

	/** Checks that need the initiative or the database; messages go next to the fields. */
	public void validate(Initiative initiative, ObservationForm form, Errors errors) {
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && observations.existsBySubmissionId(form.getSubmissionId()));
		FormDates.notInFuture(errors, "observedOn", form.getObservedOn(), LocalDate.now(clock));
		if (form.getUserContext() != null && !errors.hasFieldErrors("userContext")
				&& !userContextChoices(initiative).contains(form.getUserContext())) {
			errors.rejectValue("userContext", "unknown",
					"Choose one of the initiative's user contexts (or all of them).");
		}
		if (form.getMetric() != null && !errors.hasFieldErrors("metric")) {
			observations.findFirstOfMetric(initiative.getId(), form.getMetric().trim())
				.filter(earlier -> earlier.isHigherIsBetter() != form.isHigherIsBetter())
				.ifPresent(earlier -> errors.rejectValue("higherIsBetter", "direction",
						"Earlier values of “" + earlier.getMetric() + "” were recorded as "
								+ (earlier.isHigherIsBetter() ? "higher is better" : "lower is better")
								+ "; one metric has one direction."));
		}
	}

	/** @return the new observation's id */
	@Transactional
	public long recordObservation(long initiativeId, ObservationForm form, CurrentUser user) {
		Initiative initiative = measurable(initiativeId, user);
		// One spelling per metric, so charts and the risk rules group its values together.
		String metric = observations.findFirstOfMetric(initiative.getId(), form.getMetric().trim())
			.map(Observation::getMetric).orElse(form.getMetric().trim());
		Observation observation = observations.saveAndFlush(new Observation(initiativeId, metric, form.getValue(),
				form.isHigherIsBetter(), form.getUserContext().trim(), form.getSource(), form.getObservedOn(),
				blankToNull(form.getNote()), user.username(), clock.instant(), form.getSubmissionId()));
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
		metrics.observationsStored(1, IngestionMetrics.FORM);
		return observation.getId();
	}

	public void validate(DataCheckForm form, Errors errors) {
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && dataChecks.existsBySubmissionId(form.getSubmissionId()));
		FormDates.notInFuture(errors, "checkedOn", form.getCheckedOn(), LocalDate.now(clock));
		if (form.getResult() == DataCheckResult.NOT_CHECKED && form.getDriftScore() != null
				&& !errors.hasFieldErrors("driftScore")) {
			errors.rejectValue("driftScore", "notChecked", "Leave the drift score empty when the data was not checked.");
		}
	}

	/** @return the new check's id */
	@Transactional
	public long recordDataCheck(long initiativeId, DataCheckForm form, CurrentUser user) {
		measurable(initiativeId, user);
		DataCheck check = dataChecks.saveAndFlush(new DataCheck(initiativeId, form.getCheckedOn(),
				form.getCheckedBy().trim(), form.getMethod().trim(), form.getResult(), form.getDriftScore(),
				blankToNull(form.getNote()), user.username(), clock.instant(), form.getSubmissionId()));
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
		metrics.dataChecksStored(1, IngestionMetrics.FORM);
		return check.getId();
	}

	/** @throws org.springframework.web.server.ResponseStatusException 404 for an unknown initiative */
	public Initiative measurable(long initiativeId, CurrentUser user) {
		Initiative initiative = initiatives.get(initiativeId);
		if (!SignalPermissions.canRecordMeasurements(user)) {
			throw new AccessDeniedException("Only data scientists and administrators record observations and data checks.");
		}
		return initiative;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
