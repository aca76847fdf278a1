package io.cyclewise.signal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.shared.NotAllowedException;
import io.cyclewise.signal.measure.DataCheck;
import io.cyclewise.signal.measure.DataCheckRepository;
import io.cyclewise.signal.measure.Observation;
import io.cyclewise.signal.measure.ObservationRepository;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records performance observations and data checks (data scientists), one from a page or the API, and reads them
 * back for one initiative. Bulk imports run through the same rules in the measure package.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementService {

	/** The user-context choice for a value measured across all of an initiative's user contexts. */
	public static final String ALL_USER_CONTEXTS = "All user contexts";

	/** The most items one bulk request may carry (and what fits the API's 1 MiB body limit). */
	public static final int BULK_LIMIT = 5_000;

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

	public List<String> userContextChoices(InitiativeSummary initiative) {
		return userContextChoices(initiative.userContexts());
	}

	/** The initiative's user contexts and the choice "all of them". */
	public static List<String> userContextChoices(List<String> userContexts) {
		List<String> choices = new ArrayList<>(userContexts);
		choices.add(ALL_USER_CONTEXTS);
		return choices;
	}

	public List<Observation> observations(long initiativeId) {
		return observations.findTop500ByInitiativeIdOrderByObservedOnDescIdDesc(initiativeId);
	}

	public List<DataCheck> dataChecks(long initiativeId) {
		return dataChecks.findTop200ByInitiativeIdOrderByCheckedOnDescIdDesc(initiativeId);
	}

	/** The newest 500, as the initiative's page shows them. @throws io.cyclewise.shared.NotFoundException for an unknown initiative */
	public List<ObservationResource> observationResources(long initiativeId) {
		initiatives.get(initiativeId);
		return observations(initiativeId).stream().map(ObservationResource::of).toList();
	}

	/** The newest 200, as the initiative's page shows them. @throws io.cyclewise.shared.NotFoundException for an unknown initiative */
	public List<DataCheckResource> dataCheckResources(long initiativeId) {
		initiatives.get(initiativeId);
		return dataChecks(initiativeId).stream().map(DataCheckResource::of).toList();
	}

	public ObservationResource observationResource(long id) {
		return ObservationResource.of(observations.findById(id).orElseThrow());
	}

	public DataCheckResource dataCheckResource(long id) {
		return DataCheckResource.of(dataChecks.findById(id).orElseThrow());
	}

	/** @return the new observation's id */
	@Transactional
	public long recordObservation(long initiativeId, NewObservation observation, CurrentUser user) {
		InitiativeSummary initiative = measurable(initiativeId, user);
		// One spelling per metric, so charts and the risk rules group its values together.
		String metric = observations.findFirstOfMetric(initiative.id(), observation.metric().trim())
			.map(Observation::getMetric).orElse(observation.metric().trim());
		Observation stored = observations.saveAndFlush(new Observation(initiativeId, metric, observation.value(),
				observation.higherIsBetter(), observation.userContext().trim(), observation.source(),
				observation.observedOn(), blankToNull(observation.note()), user.username(), clock.instant(),
				observation.submissionId()));
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
		metrics.observationsStored(1, IngestionMetrics.FORM);
		return stored.getId();
	}

	/** @return the new check's id */
	@Transactional
	public long recordDataCheck(long initiativeId, NewDataCheck check, CurrentUser user) {
		measurable(initiativeId, user);
		DataCheck stored = dataChecks.saveAndFlush(new DataCheck(initiativeId, check.checkedOn(),
				check.checkedBy().trim(), check.method().trim(), check.result(), check.driftScore(),
				blankToNull(check.note()), user.username(), clock.instant(), check.submissionId()));
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
		metrics.dataChecksStored(1, IngestionMetrics.FORM);
		return stored.getId();
	}

	/** @throws io.cyclewise.shared.NotFoundException for an unknown initiative */
	public InitiativeSummary measurable(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		requireMeasurer(user);
		return initiative;
	}

	/** @throws NotAllowedException unless the user may record observations and data checks */
	public void requireMeasurer(CurrentUser user) {
		if (!SignalPermissions.canRecordMeasurements(user)) {
			throw new NotAllowedException("signal.measurement.notAllowed");
		}
	}

	/** A note left empty is no note. */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
