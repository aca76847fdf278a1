package io.cyclewise.signal;

/** A lead's decision about a context change, the response that explains it, and the version of the link they saw. */
public record Acknowledgement(AcknowledgementOutcome outcome, String response, Long version) {
}
