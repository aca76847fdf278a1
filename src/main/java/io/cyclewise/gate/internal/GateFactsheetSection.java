package io.cyclewise.gate.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import io.cyclewise.gate.GateRequestResource;
import io.cyclewise.report.FactsheetSection;
import io.cyclewise.shared.Terms;
import org.springframework.stereotype.Component;

/** The factsheet's "Gate decisions": every request of the initiative, newest first, with its checks and outcome. */
@Component
class GateFactsheetSection implements FactsheetSection {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final GateWorkflow gates;
	private final Terms terms;
	private final ZoneId zone;

	GateFactsheetSection(GateWorkflow gates, Terms terms, Clock clock) {
		this.gates = gates;
		this.terms = terms;
		this.zone = clock.getZone();
	}

	@Override
	public Optional<Content> of(long initiativeId) {
		List<Line> lines = gates.ofInitiative(initiativeId).stream().map(this::line).toList();
		return lines.isEmpty() ? Optional.empty() : Optional.of(new Content(terms.message("gate.factsheet.title"), lines));
	}

	private Line line(GateRequestResource request) {
		String step = terms.message("gate.factsheet.step", DAY.format(request.requestedAt().atZone(zone)),
				terms.label(request.kind()), request.fromLabel(), request.toLabel());
		String checks = terms.message("gate.factsheet.checks", request.requestedByName(),
				String.valueOf(request.checks().size()), String.valueOf(request.waived()));
		String outcome = switch (request.status()) {
			case PENDING -> request.stale() ? terms.message("gate.factsheet.pendingStale",
					String.join("; ", request.changesSinceRequest())) : terms.message("gate.factsheet.pending");
			case WITHDRAWN -> terms.message("gate.factsheet.withdrawn");
			default -> terms.message("gate.factsheet.decided", terms.label(request.status()), request.decidedByName(),
					DAY.format(request.decidedAt().atZone(zone)), request.decisionComment());
		};
		return new Line(step, terms.message("gate.factsheet.line", outcome, checks));
	}

	@Override
	public int order() {
		return 10;
	}
}
