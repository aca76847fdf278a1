package io.cyclewise.finding.internal;

/** A change the finding's state does not allow (e.g. a step on a closed finding); the message says why. */
public class FindingRefusal extends RuntimeException {

	public FindingRefusal(String message) {
		super(message);
	}
}
