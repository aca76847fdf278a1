package io.cyclewise.gate;

/** The decision a risk officer or administrator takes on a pending request. */
public enum GateVerdict {
	APPROVED, REJECTED
}
