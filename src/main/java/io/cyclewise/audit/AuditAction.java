package io.cyclewise.audit;

import io.cyclewise.shared.DomainTerm;

/** What an audit entry records. */
public enum AuditAction implements DomainTerm {

	SIGN_IN_SUCCEEDED("Sign-in succeeded"),
	SIGN_IN_FAILED("Sign-in failed"),
	USER_CREATED("User created"),
	ACCESS_CHANGED("Roles or sign-in changed"),
	TOKEN_CREATED("API token created"),
	TOKEN_REVOKED("API token revoked"),
	THRESHOLDS_CHANGED("Risk thresholds changed"),
	TEMPLATE_PUBLISHED("Checklist template published");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	/** Transitional (DomainTerm): the bundle holds the words; use Terms. */
	@Override
	public String label() {
		return label;
	}
}
