package io.cyclewise.finding.internal;

import io.cyclewise.shared.ConflictException;

/**
 * A change the finding's state does not allow (e.g. a step on a closed finding): a message of the finding bundle.
 * Pages show it above the finding; the API would answer 409.
 */
class FindingRefusal extends ConflictException {

	FindingRefusal(String code, Object... arguments) {
		super(code, arguments);
	}
}
