package io.cyclewise.token;

import java.time.Instant;

/** A personal access token was created (published in the transaction that stores it; the secret is never in it). */
public record TokenCreated(String owner, String name, TokenAccess access, Instant expiresAt) {
}
