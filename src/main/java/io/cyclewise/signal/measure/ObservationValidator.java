package io.cyclewise.signal.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.support.FormDates;
import io.cyclewise.signal.support.Submissions;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of an observation beyond Bean Validation: not in the future, one of the initiative's user contexts,
 * and one direction per metric. The same rules judge each item of a bulk import ({@link #check}).
 */
@Component
class ObservationValidator {

	private final ObservationRepository observations;
	private final InitiativeService initiatives;
	private final Clock clock;

	ObservationValidator(ObservationRepository observations, InitiativeService initiatives, Clock clock) {
		this.observations = observations;
		this.initiatives = initiatives;
		this.clock = clock;
	}

	/** The rules for a value of this initiative, including that the form was not stored already. */
	Validator forInitiative(long initiativeId) {
		return Validator.forInstanceOf(ObservationForm.class, (form, errors) -> {
			Submissions.check(errors, form.getSubmissionId(),
					form.getSubmissionId() != null && observations.existsBySubmissionId(form.getSubmissionId()));
			List<String> userContexts = initiatives.userContexts(List.of(initiativeId))
				.getOrDefault(initiativeId, List.of());
			check(form, MeasurementService.userContextChoices(userContexts),
					metric -> observations.findFirstOfMetric(initiativeId, metric).map(MetricSpelling::of),
					LocalDate.now(clock), errors);
		});
	}

	/**
	 * @param firstOfMetric how the (trimmed) metric was first recorded for the initiative, if it was
	 */
	static void check(ObservationForm form, List<String> userContextChoices,
			Function<String, Optional<MetricSpelling>> firstOfMetric, LocalDate today, Errors errors) {
		FormDates.notInFuture(errors, "observedOn", form.getObservedOn(), today);
		if (form.getUserContext() != null && !errors.hasFieldErrors("userContext")
				&& !userContextChoices.contains(form.getUserContext())) {
			errors.rejectValue("userContext", "signal.observation.userContext.unknown");
		}
		if (form.getMetric() != null && !errors.hasFieldErrors("metric")) {
			firstOfMetric.apply(form.getMetric().trim())
				.filter(earlier -> earlier.higherIsBetter() != form.isHigherIsBetter())
				.ifPresent(earlier -> errors.rejectValue("higherIsBetter", earlier.higherIsBetter()
						? "signal.observation.higherIsBetter.wasHigher" : "signal.observation.higherIsBetter.wasLower",
						new Object[] { earlier.metric() }, null));
		}
	}
}
