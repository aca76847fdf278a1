package io.cyclewise.signal.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.signal.ContextEventService;
import io.cyclewise.signal.MeasurementService;
import io.cyclewise.signal.ReviewService;
import io.cyclewise.signal.SignalPermissions;
import io.cyclewise.signal.event.EventImpact;
import io.cyclewise.signal.measure.MetricChart;
import io.cyclewise.shared.FragmentPage;
import io.cyclewise.user.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signals section of an initiative page (an htmx fragment the initiative page loads, so the registry does not
 * depend on this module) and the initiative's merged timeline.
 */
@Controller
class SignalsController {

	private final InitiativeService initiatives;
	private final MeasurementService measurements;
	private final ContextEventService events;
	private final ReviewService reviews;
	private final InitiativeTimeline timeline;
	private final Clock clock;

	SignalsController(InitiativeService initiatives, MeasurementService measurements, ContextEventService events,
			ReviewService reviews, InitiativeTimeline timeline, Clock clock) {
		this.initiatives = initiatives;
		this.measurements = measurements;
		this.events = events;
		this.reviews = reviews;
		this.timeline = timeline;
		this.clock = clock;
	}

	@GetMapping("/initiatives/{id}/signals")
	String signals(@PathVariable long id, Model model, Authentication authentication,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		InitiativeSummary initiative = initiatives.get(id);
		CurrentUser user = CurrentUser.of(authentication);
		List<EventImpact> impacts = events.impactsOn(id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("openImpacts", impacts.stream().filter(impact -> !impact.isAcknowledged()).toList());
		model.addAttribute("acknowledgedCount", impacts.stream().filter(EventImpact::isAcknowledged).count());
		model.addAttribute("charts", MetricChart.of(measurements.observations(id)));
		model.addAttribute("lastCheck", measurements.dataChecks(id).stream().findFirst().orElse(null));
		model.addAttribute("schedule", reviews.schedule(id).orElseThrow().fact());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canMeasure", SignalPermissions.canRecordMeasurements(user));
		model.addAttribute("canRespond", SignalPermissions.canRespondFor(user, initiative));
		return FragmentPage.unlessHtmx(htmx, "signal/fragment :: signals", model,
				"Signals from the field: " + initiative.name(), "/initiatives/" + id,
				"the initiative " + initiative.name());
	}

	/** Unknown kinds in the query string are reported and ignored; no kind at all means every kind. */
	@GetMapping("/initiatives/{id}/timeline")
	String timeline(@PathVariable long id, @RequestParam(name = "kind", required = false) List<String> kinds,
			Model model) {
		InitiativeSummary initiative = initiatives.get(id);
		Set<TimelineKind> chosen = EnumSet.noneOf(TimelineKind.class);
		List<String> ignored = new ArrayList<>();
		if (kinds != null) {
			for (String kind : kinds.stream().limit(20).toList()) {
				try {
					chosen.add(TimelineKind.valueOf(kind));
				}
				catch (IllegalArgumentException unknown) {
					ignored.add(kind.length() > 40 ? kind.substring(0, 40) + "…" : kind);
				}
			}
		}
		Set<TimelineKind> shown = chosen.isEmpty() ? EnumSet.allOf(TimelineKind.class) : chosen;
		model.addAttribute("initiative", initiative);
		model.addAttribute("kinds", TimelineKind.values());
		model.addAttribute("shown", shown);
		model.addAttribute("ignored", ignored);
		model.addAttribute("entries", timeline.of(id, shown));
		return "signal/initiative-timeline";
	}
}
