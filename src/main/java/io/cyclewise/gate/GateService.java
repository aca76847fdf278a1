package io.cyclewise.gate;

import io.cyclewise.gate.internal.GateWorkflow;
import io.cyclewise.user.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Gates for other modules: the gate as it stands for an initiative, and requesting it with the page's rules,
 * permissions and history (docs/governance.md). Deciding stays with the gate pages and the API.
 */
@Service
public class GateService {

	private final GateWorkflow workflow;

	GateService(GateWorkflow workflow) {
		this.workflow = workflow;
	}

	/** Next step, its checks evaluated now, and the pending request if there is one. */
	public GatePreview preview(long initiativeId, GateKind kind) {
		return workflow.preview(initiativeId, kind);
	}

	/**
	 * Stores the request with a snapshot of its checks and writes the history row.
	 * @return the request's id
	 * @throws io.cyclewise.shared.InvalidRequestException if the rules refuse it; nothing is stored then
	 */
	public long request(long initiativeId, NewGateRequest request, CurrentUser user) {
		return workflow.request(initiativeId, request, user);
	}
}
