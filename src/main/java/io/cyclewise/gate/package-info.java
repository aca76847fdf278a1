/**
 * Stage and phase gates: moving an initiative one lifecycle stage or alignment phase forward needs a gate decision.
 * The initiative's lead requests it with the gate's checks (stage readiness, the mechanism's necessary conditions, a
 * review), waiving unmet ones with a reason; a risk officer (second line) or an administrator who did not request it
 * approves or rejects it. Also the risk officer's review of "no impact" acknowledgements. Depends on initiative,
 * checklist, signal and user; nothing depends on it. See docs/governance.md.
 */
package io.cyclewise.gate;
