package io.cyclewise.audit;

import io.cyclewise.shared.DomainTerm;

/** What an audit entry records. */
public enum AuditAction implements DomainTerm {

	SIGN_IN_SUCCEEDED,
	SIGN_IN_FAILED,
	USER_CREATED,
	ACCESS_CHANGED,
	TOKEN_CREATED,
	TOKEN_REVOKED,
	THRESHOLDS_CHANGED,
	TEMPLATE_PUBLISHED
}
