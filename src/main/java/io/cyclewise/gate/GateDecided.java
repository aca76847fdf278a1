package io.cyclewise.gate;

/** A risk officer or administrator approved or rejected a gate request; {@code requestedBy} is told. */
public record GateDecided(long requestId, long initiativeId, String initiativeName, GateKind kind, String step,
		GateVerdict verdict, String decidedBy, String requestedBy, String comment) {
}
