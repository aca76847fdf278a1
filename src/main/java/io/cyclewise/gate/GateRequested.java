package io.cyclewise.gate;

/**
 * A lead asked for a gate decision; published in the request's transaction so listeners (notifications) hear of it
 * only once it is stored. {@code step} reads like "Data management → Benchmarking metrics".
 */
public record GateRequested(long requestId, long initiativeId, String initiativeName, GateKind kind, String step,
		String requestedBy) {
}
