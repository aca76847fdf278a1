package io.cyclewise.token;

import io.cyclewise.shared.DomainTerm;

/** What a token may do on its owner's behalf: never more than the owner's roles allow. */
public enum TokenAccess implements DomainTerm {
	READ_ONLY,
	READ_WRITE
}
