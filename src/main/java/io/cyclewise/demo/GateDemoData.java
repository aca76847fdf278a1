package io.cyclewise.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.cyclewise.gate.GateCheck;
import io.cyclewise.gate.GateKind;
import io.cyclewise.gate.GatePreview;
import io.cyclewise.gate.GateService;
import io.cyclewise.gate.NewGateRequest;
import io.cyclewise.initiative.InitiativeService;
import io.cyclewise.initiative.InitiativeSummary;
import io.cyclewise.user.CurrentUser;
import io.cyclewise.user.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One pending stage gate for the risk officer to decide in the demo: the credit limit advisor asks to leave user
 * acceptance testing with its unmet readiness checks waived. After the checklists' demo answers (last in order).
 */
@Component
class GateDemoData {

	private static final CurrentUser LEAD = new CurrentUser("lead", EnumSet.of(Role.PROJECT_LEAD));

	private final GateService gates;
	private final InitiativeService initiatives;

	GateDemoData(GateService gates, InitiativeService initiatives) {
		this.gates = gates;
		this.initiatives = initiatives;
	}

	@EventListener(DemoPortfolioLoaded.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void load() {
		InitiativeSummary credit = initiatives.findByName("Credit limit advisor").orElseThrow();
		GatePreview preview = gates.preview(credit.id(), GateKind.STAGE);
		List<NewGateRequest.Waiver> waivers = new ArrayList<>();
		for (GateCheck check : preview.checks()) {
			if (!check.satisfied() && check.waivable()) {
				waivers.add(new NewGateRequest.Waiver(check.itemId(),
						"Pilot with three analysts; the full test round follows before go-live."));
			}
		}
		gates.request(credit.id(), new NewGateRequest(GateKind.STAGE, null, waivers,
				"Analysts accept the suggestions in the pilot; privacy review is booked."), LEAD);
	}
}
