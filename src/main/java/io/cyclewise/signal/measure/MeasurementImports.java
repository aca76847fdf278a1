package io.cyclewise.signal.measure;

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
import java.util.stream.Collectors;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.shared.RequestValidation;
import io.cyclewise.signal.IngestionMetrics;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.SignalsChanged;
import io.cyclewise.signal.measure.MeasurementBatches.DataCheckRow;
import io.cyclewise.signal.measure.MeasurementBatches.MetricOf;
import io.cyclewise.signal.measure.MeasurementBatches.ObservationRow;
import io.cyclewise.signal.support.ErrorMessages;
import io.cyclewise.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Bulk imports of observations and data checks (API): each item judged with the form's rules and stored if valid
 * (the others are reported, not stored), in one transaction with one lookup per kind for the whole request and one
 * insert; one {@link SignalsChanged} for every initiative that got a value. An item without a submission id gets one.
 */
@Service
@Transactional(readOnly = true)
class MeasurementImports {

	private final MeasurementService measurements;
	private final MeasurementBatches batches;
	private final InitiativeService initiatives;
	private final RequestValidation validation;
	private final ErrorMessages messages;
	private final ApplicationEventPublisher events;
	private final IngestionMetrics metrics;
	private final Clock clock;

	MeasurementImports(MeasurementService measurements, MeasurementBatches batches, InitiativeService initiatives,
			RequestValidation validation, ErrorMessages messages, ApplicationEventPublisher events,
			IngestionMetrics metrics, Clock clock) {
		this.measurements = measurements;
		this.batches = batches;
		this.initiatives = initiatives;
		this.validation = validation;
		this.messages = messages;
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Transactional
	BulkResult recordObservations(List<BulkObservationForm> items, CurrentUser user) {
		measurements.requireMeasurer(user);
		LocalDate today = LocalDate.now(clock);
		items.stream().filter(Objects::nonNull).filter(item -> item.getSubmissionId() == null)
			.forEach(item -> item.setSubmissionId(UUID.randomUUID()));
		Map<Long, List<String>> userContexts = initiatives.userContexts(
				items.stream().filter(Objects::nonNull).map(BulkObservationForm::getInitiativeId).filter(Objects::nonNull).toList());
		Map<UUID, Long> stored = batches.observationIds(submissionIds(items, BulkObservationForm::getSubmissionId));
		Map<MetricKey, MetricSpelling> spellings = new HashMap<>();
		batches.firstOfMetrics(items.stream()
			.filter(item -> item != null && item.getMetric() != null && userContexts.containsKey(item.getInitiativeId()))
			.map(item -> new MetricOf(item.getInitiativeId(), item.getMetric().trim()))
			.collect(Collectors.toCollection(LinkedHashSet::new)))
			.forEach((metric, spelling) -> spellings.putIfAbsent(MetricKey.of(metric.initiativeId(), metric.metric()), spelling));

		BulkResult.Builder result = new BulkResult.Builder(items.size());
		Map<UUID, Integer> accepted = new HashMap<>();
		List<ObservationRow> rows = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			BulkObservationForm item = items.get(index);
			if (item == null) {
				result.rejected(index, missingItem(), messages::message);
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
				ObservationValidator.check(item, MeasurementService.userContextChoices(userContexts.get(initiativeId)),
						metric -> Optional.ofNullable(spellings.get(MetricKey.of(initiativeId, metric))), today, errors);
			}
			if (errors.hasErrors()) {
				result.rejected(index, errors, messages::message);
				continue;
			}
			// The first spelling (stored or earlier in this request) wins, as for values recorded one by one.
			String metric = item.getMetric().trim();
			MetricSpelling spelling = spellings.computeIfAbsent(MetricKey.of(initiativeId, metric),
					key -> new MetricSpelling(metric, item.isHigherIsBetter()));
			accepted.put(item.getSubmissionId(), index);
			rows.add(new ObservationRow(initiativeId, spelling.metric(), item.getValue(), item.isHigherIsBetter(),
					item.getUserContext().trim(), item.getSource(), item.getObservedOn(),
					MeasurementService.blankToNull(item.getNote()), item.getSubmissionId()));
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

	/** A bulk import of data checks, as {@link #recordObservations} does for observations. */
	@Transactional
	BulkResult recordDataChecks(List<BulkDataCheckForm> items, CurrentUser user) {
		measurements.requireMeasurer(user);
		LocalDate today = LocalDate.now(clock);
		items.stream().filter(Objects::nonNull).filter(item -> item.getSubmissionId() == null)
			.forEach(item -> item.setSubmissionId(UUID.randomUUID()));
		Set<Long> known = initiatives.userContexts(
				items.stream().filter(Objects::nonNull).map(BulkDataCheckForm::getInitiativeId).filter(Objects::nonNull).toList())
			.keySet();
		Map<UUID, Long> stored = batches.dataCheckIds(submissionIds(items, BulkDataCheckForm::getSubmissionId));

		BulkResult.Builder result = new BulkResult.Builder(items.size());
		Map<UUID, Integer> accepted = new HashMap<>();
		List<DataCheckRow> rows = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			BulkDataCheckForm item = items.get(index);
			if (item == null) {
				result.rejected(index, missingItem(), messages::message);
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
			DataCheckValidator.check(item, today, errors);
			if (errors.hasErrors()) {
				result.rejected(index, errors, messages::message);
				continue;
			}
			accepted.put(item.getSubmissionId(), index);
			rows.add(new DataCheckRow(item.getInitiativeId(), item.getCheckedOn(), item.getCheckedBy().trim(),
					item.getMethod().trim(), item.getResult(), item.getDriftScore(),
					MeasurementService.blankToNull(item.getNote()), item.getSubmissionId()));
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
		errors.rejectValue("initiativeId", "signal.bulk.initiativeId.unknown", new Object[] { String.valueOf(initiativeId) }, null);
	}

	private static Errors missingItem() {
		Errors errors = new MapBindingResult(new HashMap<>(), "item");
		errors.reject("signal.bulk.item.missing");
		return errors;
	}

	/** A metric of an initiative, compared as the database's lower() does for the letters metric names use. */
	private record MetricKey(long initiativeId, String metric) {

		static MetricKey of(long initiativeId, String metric) {
			return new MetricKey(initiativeId, metric.toLowerCase(Locale.ROOT));
		}
	}
}
