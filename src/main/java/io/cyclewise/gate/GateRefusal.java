package io.cyclewise.gate;

/**
 * A gate action the request's state refuses (deciding one's own request, a stale or non-pending request); nothing
 * is stored. An {@link IllegalArgumentException}, so the API answers 409 with the message; pages show it.
 */
class GateRefusal extends IllegalArgumentException {

	GateRefusal(String message) {
		super(message);
	}
}
