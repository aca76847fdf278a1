package io.cyclewise.token;

/** Who a valid token speaks for, and what it may do; the caller loads the owner's current roles. */
public record TokenHolder(long tokenId, String owner, TokenAccess access) {

	public boolean mayWrite() {
		return access == TokenAccess.READ_WRITE;
	}
}
