package io.cyclewise.token;

/** An active personal access token was revoked by its owner (published in the revoking transaction). */
public record TokenRevoked(String owner, long tokenId, String name) {
}
