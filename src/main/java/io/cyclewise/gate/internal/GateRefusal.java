package io.cyclewise.gate.internal;

import io.cyclewise.shared.ConflictException;

/**
 * A gate action the request's state refuses (deciding one's own request, a stale or non-pending request), as a
 * message of the gate bundle; nothing is stored. The API answers 409; pages show it above the request.
 */
class GateRefusal extends ConflictException {

	GateRefusal(String code, Object... arguments) {
		super(code, arguments);
	}
}
