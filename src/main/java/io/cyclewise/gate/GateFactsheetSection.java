package io.cyclewise.gate;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cyclewise.report.FactsheetSection;
import org.springframework.stereotype.Component;

/** The factsheet's "Gate decisions": every request of the initiative, newest first, with its checks and outcome. */
@Component
class GateFactsheetSection implements FactsheetSection {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final GateService gates;
	private final ZoneId zone;

	GateFactsheetSection(GateService gates, Clock clock) {
		this.gates = gates;
		this.zone = clock.getZone();
	}

	@Override
	public Optional<Content> of(long initiativeId, Locale locale) {
		List<Line> lines = gates.ofInitiative(initiativeId).stream().map(this::line).toList();
		return lines.isEmpty() ? Optional.empty() : Optional.of(new Content("Gate decisions", lines));
	}

	private Line line(GateRequestResource request) {
		String step = DAY.format(request.requestedAt().atZone(zone)) + " · " + request.kind().label() + ": "
				+ request.fromLabel() + " → " + request.toLabel();
		String checks = "requested by " + request.requestedByName() + "; " + request.checks().size() + " checks, "
				+ request.waived() + " waived";
		String outcome = switch (request.status()) {
			case PENDING -> "Pending" + (request.stale() ? " (stale: " + String.join("; ", request.changesSinceRequest()) + ")" : "");
			case WITHDRAWN -> "Withdrawn";
			default -> request.status().label() + " by " + request.decidedByName() + " on "
					+ DAY.format(request.decidedAt().atZone(zone)) + ": " + request.decisionComment();
		};
		return new Line(step, outcome + " — " + checks + ".");
	}

	@Override
	public int order() {
		return 10;
	}
}
