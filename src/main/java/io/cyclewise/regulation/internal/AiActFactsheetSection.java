package io.cyclewise.regulation.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cyclewise.regulation.AiActService;
import io.cyclewise.regulation.ClassificationView;
import io.cyclewise.report.FactsheetSection;
import io.cyclewise.shared.DomainTerm;
import io.cyclewise.shared.Terms;
import org.springframework.stereotype.Component;

/** The factsheet's "EU AI Act classification": the current one with its answers and reasoning, where there is one. */
@Component
class AiActFactsheetSection implements FactsheetSection {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final AiActService classifications;
	private final Terms terms;
	private final ZoneId zone;

	AiActFactsheetSection(AiActService classifications, Terms terms, Clock clock) {
		this.classifications = classifications;
		this.terms = terms;
		this.zone = clock.getZone();
	}

	@Override
	public Optional<Content> of(long initiativeId) {
		return classifications.current(initiativeId).map(this::content);
	}

	private Content content(ClassificationView current) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(terms.message("regulation.factsheet.tier"), terms.label(current.tier())));
		lines.add(new Line(terms.message("regulation.factsheet.role"), terms.label(current.role())));
		lines.add(new Line(terms.message("regulation.factsheet.classified"), terms.message(
				"regulation.factsheet.classifiedOnBy", DAY.format(current.classifiedAt().atZone(zone)), current.classifiedBy())));
		if (!current.prohibitedPractices().isEmpty()) {
			lines.add(new Line(terms.message("regulation.factsheet.article5"), labels(current.prohibitedPractices())));
		}
		if (current.annexISafetyComponent()) {
			lines.add(new Line(terms.message("regulation.factsheet.annexI"), terms.message("regulation.factsheet.annexI.value")));
		}
		if (!current.highRiskAreas().isEmpty()) {
			lines.add(new Line(terms.message("regulation.factsheet.annexIII"), labels(current.highRiskAreas())
					+ (current.exceptionClaimed() ? terms.message("regulation.factsheet.exception", current.exceptionReason()) : "")));
		}
		if (!current.transparencyDuties().isEmpty()) {
			lines.add(new Line(terms.message("regulation.factsheet.article50"), labels(current.transparencyDuties())));
		}
		lines.add(new Line(terms.message("regulation.factsheet.reasoning"), current.reasoning()));
		lines.add(new Line(terms.message("regulation.factsheet.note"), terms.message("regulation.disclaimer")));
		return new Content(terms.message("regulation.factsheet.title"), lines);
	}

	private String labels(List<? extends DomainTerm> values) {
		return values.stream().map(terms::label).collect(Collectors.joining("; "));
	}

	@Override
	public int order() {
		return 20;
	}
}
