package io.cyclewise.regulation;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cyclewise.shared.DomainTerm;
import io.cyclewise.report.FactsheetSection;
import org.springframework.stereotype.Component;

/** The factsheet's "EU AI Act classification": the current one with its answers and reasoning, where there is one. */
@Component
class AiActFactsheetSection implements FactsheetSection {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final AiActService classifications;
	private final ZoneId zone;

	AiActFactsheetSection(AiActService classifications, Clock clock) {
		this.classifications = classifications;
		this.zone = clock.getZone();
	}

	@Override
	public Optional<Content> of(long initiativeId, Locale locale) {
		return classifications.current(initiativeId).map(this::content);
	}

	private Content content(ClassificationView current) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line("Tier", current.tier().label()));
		lines.add(new Line("Role", current.role().label()));
		lines.add(new Line("Classified", DAY.format(current.classifiedAt().atZone(zone)) + " by " + current.classifiedBy()));
		if (!current.prohibitedPractices().isEmpty()) {
			lines.add(new Line("Article 5 practices", labels(current.prohibitedPractices())));
		}
		if (current.annexISafetyComponent()) {
			lines.add(new Line("Annex I", "Safety component of a product under Union harmonisation legislation"));
		}
		if (!current.highRiskAreas().isEmpty()) {
			lines.add(new Line("Annex III areas", labels(current.highRiskAreas())
					+ (current.exceptionClaimed() ? " — Article 6(3) exception: " + current.exceptionReason() : "")));
		}
		if (!current.transparencyDuties().isEmpty()) {
			lines.add(new Line("Article 50 duties", labels(current.transparencyDuties())));
		}
		lines.add(new Line("Reasoning", current.reasoning()));
		lines.add(new Line("Note", AiActApiController.DISCLAIMER));
		return new Content("EU AI Act classification", lines);
	}

	private static String labels(List<? extends DomainTerm> terms) {
		return terms.stream().map(DomainTerm::label).collect(Collectors.joining("; "));
	}

	@Override
	public int order() {
		return 20;
	}
}
