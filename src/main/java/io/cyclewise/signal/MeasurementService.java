package io.cyclewise.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.signal.measure.DataCheck;
import io.cyclewise.signal.measure.DataCheckRepository;
import io.cyclewise.signal.measure.MeasurementBatches;
import io.cyclewise.signal.measure.MeasurementBatches.MetricOf;
import io.cyclewise.signal.measure.MeasurementBatches.NewDataCheck;
import io.cyclewise.signal.measure.MeasurementBatches.NewObservation;
import io.cyclewise.signal.measure.MetricSpelling;
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

/**
 * Records performance observations and data checks (data scientists), one from a page or the API, or thousands
 * from a bulk import with the same rules, and reads them back for one initiative.
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
	private final MeasurementBatches batches;
	private final InitiativeService initiatives;
	private final RequestValidation validation;
	private final ApplicationEventPublisher events;
	private final IngestionMetrics metrics;
	private final Clock clock;

	public MeasurementService(ObservationRepository observations, DataCheckRepository dataChecks,
			MeasurementBatches batches, InitiativeService initiatives, RequestValidation validation,
			ApplicationEventPublisher events, IngestionMetrics metrics, Clock clock) {
		this.observations = observations;
		this.dataChecks = dataChecks;
		this.batches = batches;
		this.initiatives = initiatives;
		this.validation = validation;
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
	}

	public List<String> userContextChoices(InitiativeSummary initiative) {
		return userContextChoices(initiative.userContexts());
	}

	private static List<String> userContextChoices(List<String> userContexts) {
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

	/** The newest 500, as the initiative's page shows them. @throws ResponseStatusException 404 for an unknown initiative */
	public List<ObservationResource> observationResources(long initiativeId) {
		initiatives.get(initiativeId);
		return observations(initiativeId).stream().map(ObservationResource::of).toList();
	}

	/** The newest 200, as the initiative's page shows them. @throws ResponseStatusException 404 for an unknown initiative */
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

	/** Checks that need the initiative or the database; messages go next to the fields. */
	public void validate(InitiativeSummary initiative, ObservationForm form, Errors errors) {
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && observations.existsBySubmissionId(form.getSubmissionId()));
		checkObservation(form, userContextChoices(initiative),
				metric -> observations.findFirstOfMetric(initiative.id(), metric).map(MetricSpelling::of),
				LocalDate.now(clock), errors);
	}

	/**
	 * The rules of one observation beyond Bean Validation, for a page, a single API call and each item of a bulk
	 * import alike.
	 * @param firstOfMetric how the (trimmed) metric was first recorded for the initiative, if it was
	 */
	private static void checkObservation(ObservationForm form, List<String> userContextChoices,
			Function<String, Optional<MetricSpelling>> firstOfMetric, LocalDate today, Errors errors) {
		FormDates.notInFuture(errors, "observedOn", form.getObservedOn(), today);
		if (form.getUserContext() != null && !errors.hasFieldErrors("userContext")
				&& !userContextChoices.contains(form.getUserContext())) {
			errors.rejectValue("userContext", "unknown",
					"Choose one of the initiative's user contexts (or all of them).");
		}
		if (form.getMetric() != null && !errors.hasFieldErrors("metric")) {
			firstOfMetric.apply(form.getMetric().trim())
				.filter(earlier -> earlier.higherIsBetter() != form.isHigherIsBetter())
				.ifPresent(earlier -> errors.rejectValue("higherIsBetter", "direction",
						"Earlier values of “" + earlier.metric() + "” were recorded as "
								+ (earlier.higherIsBetter() ? "higher is better" : "lower is better")
								+ "; one metric has one direction."));
		}
	}

	/** @return the new observation's id */
	@Transactional
	public long recordObservation(long initiativeId, ObservationForm form, CurrentUser user) {
		InitiativeSummary initiative = measurable(initiativeId, user);
		// One spelling per metric, so charts and the risk rules group its values together.
		String metric = observations.findFirstOfMetric(initiative.id(), form.getMetric().trim())
			.map(Observation::getMetric).orElse(form.getMetric().trim());
		Observation observation = observations.saveAndFlush(new Observation(initiativeId, metric, form.getValue(),
				form.isHigherIsBetter(), form.getUserContext().trim(), form.getSource(), form.getObservedOn(),
				blankToNull(form.getNote()), user.username(), clock.instant(), form.getSubmissionId()));
		events.publishEvent(new SignalsChanged(Set.of(initiativeId)));
		metrics.observationsStored(1, IngestionMetrics.FORM);
		return observation.getId();
	}

	/**
	 * A bulk import: each item validated with the form's rules and stored if valid (the others are reported, not
	 * stored), in one transaction with one lookup per kind for the whole request and one insert; one
	 * {@link SignalsChanged} for every initiative that got a value. An item without a submission id gets one.
	 */
	@Transactional
	public BulkResult recordObservations(List<BulkObservationForm> items, CurrentUser user) {
		requireMeasurer(user);
		LocalDate today = LocalDate.now(clock);
		items.stream().filter(Objects::nonNull).filter(item -> item.getSubmissionId() == null)
			.forEach(item -> item.setSubmissionId(UUID.randomUUID()));
		Map<Long, List<String>> userContexts = initiatives.userContexts(
				items.stream().filter(Objects::nonNull).map(BulkObservationForm::getInitiativeId).filter(Objects::nonNull).toList());
		Map<UUID, Long> stored = batches.observationIds(submissionIds(items, BulkObservationForm::getSubmissionId));
		Map<MetricKey, MetricSpelling> spellings = new HashMap<>();
		batches.firstOfMetrics(items.stream()
			.filter(item -> item != null && item.getMetric() != null && userContexts.containsKey(item.getInitiativeId()))
			.map(item -> new MetricOf(item.getInitiativeId(), item.getMetric().trim())).collect(
					java.util.stream.Collectors.toCollection(LinkedHashSet::new)))
			.forEach((metric, spelling) -> spellings.putIfAbsent(MetricKey.of(metric.initiativeId(), metric.metric()), spelling));

		BulkResult.Builder result = new BulkResult.Builder(items.size());
		Map<UUID, Integer> accepted = new HashMap<>();
		List<NewObservation> rows = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			BulkObservationForm item = items.get(index);
			if (item == null) {
				result.rejected(index, missingItem());
				continue;
			}
			Long knownId = stored.get(item.getSubmissionId());
			if (knownId != null) {
				result.duplicate(index, knownId);
				continue;
			}
			if (accepted.containsKey(item.getSubmissionId())) {
				continue; // a repeat within this request: reported as a duplicate of the first once that has its id
			}
			Errors errors = validation.validate(item, "observation");
			Long initiativeId = item.getInitiativeId();
			if (initiativeId != null && !userContexts.containsKey(initiativeId)) {
				unknownInitiative(initiativeId, errors);
			}
			else if (initiativeId != null) {
				checkObservation(item, userContextChoices(userContexts.get(initiativeId)),
						metric -> Optional.ofNullable(spellings.get(MetricKey.of(initiativeId, metric))), today, errors);
			}
			if (errors.hasErrors()) {
				result.rejected(index, errors);
				continue;
			}
			// The first spelling (stored or earlier in this request) wins, as for values recorded one by one.
			String metric = item.getMetric().trim();
			MetricSpelling spelling = spellings.computeIfAbsent(MetricKey.of(initiativeId, metric),
					key -> new MetricSpelling(metric, item.isHigherIsBetter()));
			accepted.put(item.getSubmissionId(), index);
			rows.add(new NewObservation(initiativeId, spelling.metric(), item.getValue(), item.isHigherIsBetter(),
					item.getUserContext().trim(), item.getSource(), item.getObservedOn(), blankToNull(item.getNote()),
					item.getSubmissionId()));
		}
		Map<UUID, Long> ids = batches.insertObservations(rows, user.username(), clock.instant());
		Set<Long> touched = finish(items, BulkObservationForm::getSubmissionId, BulkObservationForm::getInitiativeId,
				accepted, ids, batches::observationIds, result);
		if (!touched.isEmpty()) {
			events.publishEvent(new SignalsChanged(touched));
		}
		BulkResult outcome = result.build();
		metrics.observationsStored(outcome.stored(), IngestionMetrics.API);
		return outcome;
	}

	public void validate(DataCheckForm form, Errors errors) {
		Submissions.check(errors, form.getSubmissionId(),
				form.getSubmissionId() != null && dataChecks.existsBySubmissionId(form.getSubmissionId()));
		checkDataCheck(form, LocalDate.now(clock), errors);
	}

	/** The rules of one data check beyond Bean Validation, for a page, a single API call and each bulk item alike. */
	private static void checkDataCheck(DataCheckForm form, LocalDate today, Errors errors) {
		FormDates.notInFuture(errors, "checkedOn", form.getCheckedOn(), today);
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

	/** A bulk import of data checks, as {@link #recordObservations} does for observations. */
	@Transactional
	public BulkResult recordDataChecks(List<BulkDataCheckForm> items, CurrentUser user) {
		requireMeasurer(user);
		LocalDate today = LocalDate.now(clock);
		items.stream().filter(Objects::nonNull).filter(item -> item.getSubmissionId() == null)
			.forEach(item -> item.setSubmissionId(UUID.randomUUID()));
		Set<Long> known = initiatives.userContexts(
				items.stream().filter(Objects::nonNull).map(BulkDataCheckForm::getInitiativeId).filter(Objects::nonNull).toList())
			.keySet();
		Map<UUID, Long> stored = batches.dataCheckIds(submissionIds(items, BulkDataCheckForm::getSubmissionId));

		BulkResult.Builder result = new BulkResult.Builder(items.size());
		Map<UUID, Integer> accepted = new HashMap<>();
		List<NewDataCheck> rows = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			BulkDataCheckForm item = items.get(index);
			if (item == null) {
				result.rejected(index, missingItem());
				continue;
			}
			Long knownId = stored.get(item.getSubmissionId());
			if (knownId != null) {
				result.duplicate(index, knownId);
				continue;
			}
			if (accepted.containsKey(item.getSubmissionId())) {
				continue;
			}
			Errors errors = validation.validate(item, "dataCheck");
			if (item.getInitiativeId() != null && !known.contains(item.getInitiativeId())) {
				unknownInitiative(item.getInitiativeId(), errors);
			}
			checkDataCheck(item, today, errors);
			if (errors.hasErrors()) {
				result.rejected(index, errors);
				continue;
			}
			accepted.put(item.getSubmissionId(), index);
			rows.add(new NewDataCheck(item.getInitiativeId(), item.getCheckedOn(), item.getCheckedBy().trim(),
					item.getMethod().trim(), item.getResult(), item.getDriftScore(), blankToNull(item.getNote()),
					item.getSubmissionId()));
		}
		Map<UUID, Long> ids = batches.insertDataChecks(rows, user.username(), clock.instant());
		Set<Long> touched = finish(items, BulkDataCheckForm::getSubmissionId, BulkDataCheckForm::getInitiativeId,
				accepted, ids, batches::dataCheckIds, result);
		if (!touched.isEmpty()) {
			events.publishEvent(new SignalsChanged(touched));
		}
		BulkResult outcome = result.build();
		metrics.dataChecksStored(outcome.stored(), IngestionMetrics.API);
		return outcome;
	}

	/**
	 * Gives each accepted item its new id, or reports it as a duplicate when a parallel request stored its
	 * submission id first; a repeat of an accepted item within the request is a duplicate of it.
	 * @return the initiatives that got a new record
	 */
	private static <T> Set<Long> finish(List<T> items, Function<T, UUID> submissionId, Function<T, Long> initiativeId,
			Map<UUID, Integer> accepted, Map<UUID, Long> inserted, Function<Set<UUID>, Map<UUID, Long>> storedIds,
			BulkResult.Builder result) {
		Set<UUID> lost = new HashSet<>(accepted.keySet());
		lost.removeAll(inserted.keySet());
		Map<UUID, Long> storedMeanwhile = lost.isEmpty() ? Map.of() : storedIds.apply(lost);
		Set<Long> touched = new LinkedHashSet<>();
		for (int index = 0; index < items.size(); index++) {
			T item = items.get(index);
			if (result.decided(index) || !accepted.containsKey(submissionId.apply(item))) {
				continue;
			}
			UUID id = submissionId.apply(item);
			if (accepted.get(id) == index && inserted.containsKey(id)) {
				result.stored(index, inserted.get(id));
				touched.add(initiativeId.apply(item));
			}
			else {
				result.duplicate(index, inserted.containsKey(id) ? inserted.get(id) : storedMeanwhile.get(id));
			}
		}
		return touched;
	}

	private static <T> Set<UUID> submissionIds(List<T> items, Function<T, UUID> submissionId) {
		Set<UUID> ids = new HashSet<>();
		items.stream().filter(Objects::nonNull).map(submissionId).forEach(ids::add);
		return ids;
	}

	private static void unknownInitiative(long initiativeId, Errors errors) {
		errors.rejectValue("initiativeId", "unknown", "There is no initiative " + initiativeId + ".");
	}

	private static Errors missingItem() {
		Errors errors = new org.springframework.validation.MapBindingResult(new HashMap<>(), "item");
		errors.reject("missing", "Send an object with the fields for each item, not null.");
		return errors;
	}

	/** @throws org.springframework.web.server.ResponseStatusException 404 for an unknown initiative */
	public InitiativeSummary measurable(long initiativeId, CurrentUser user) {
		InitiativeSummary initiative = initiatives.get(initiativeId);
		requireMeasurer(user);
		return initiative;
	}

	/** @throws AccessDeniedException unless the user may record observations and data checks */
	public void requireMeasurer(CurrentUser user) {
		if (!SignalPermissions.canRecordMeasurements(user)) {
			throw new AccessDeniedException("Only data scientists and administrators record observations and data checks.");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** A metric of an initiative, compared as the database's lower() does for the letters metric names use. */
	private record MetricKey(long initiativeId, String metric) {

		static MetricKey of(long initiativeId, String metric) {
			return new MetricKey(initiativeId, metric.toLowerCase(Locale.ROOT));
		}
	}
}
