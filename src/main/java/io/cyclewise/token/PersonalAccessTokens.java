package io.cyclewise.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.cyclewise.token.internal.PersonalAccessToken;
import io.cyclewise.token.internal.PersonalAccessTokenRepository;
import io.cyclewise.user.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, revokes and checks personal access tokens. A secret is 32 random bytes, so a plain SHA-256 of it
 * is enough to store (no slow password hash needed: it cannot be guessed, and lookup by hash stays one index read).
 */
@Service
@Transactional(readOnly = true)
public class PersonalAccessTokens {

	/** Secrets start with this, so secret scanners and people recognise a leaked one. */
	static final String SECRET_PREFIX = "cwp_";

	static final int MAX_ACTIVE_PER_OWNER = 20;

	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final PersonalAccessTokenRepository tokens;
	private final UserDirectory users;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final SecureRandom random = new SecureRandom();

	PersonalAccessTokens(PersonalAccessTokenRepository tokens, UserDirectory users, Clock clock,
			ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.events = events;
	}

	public List<TokenView> of(String owner) {
		Instant now = clock.instant();
		return tokens.findByOwnerIgnoreCaseOrderByCreatedAtDesc(owner).stream().map(token -> TokenView.of(token, now))
			.toList();
	}

	/**
	 * @return the secret, which is shown once and never stored
	 * @throws TooManyTokensException if the owner already has {@value #MAX_ACTIVE_PER_OWNER} active tokens
	 */
	@Transactional
	public String create(String owner, NewToken form) {
		Instant now = clock.instant();
		long active = tokens.findByOwnerIgnoreCaseOrderByCreatedAtDesc(owner).stream()
			.filter(token -> token.isValidAt(now)).count();
		if (active >= MAX_ACTIVE_PER_OWNER) {
			throw new TooManyTokensException(MAX_ACTIVE_PER_OWNER);
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		PersonalAccessToken token = tokens.save(new PersonalAccessToken(owner, form.name().trim(), hash(secret),
				secret.substring(0, SECRET_PREFIX.length() + 6), form.access(), now,
				now.plus(Duration.ofDays(form.validForDays()))));
		events.publishEvent(new TokenCreated(owner, token.getName(), token.getAccess(), token.getExpiresAt()));
		return secret;
	}

	/** Revoking is final; revoking a revoked token again changes nothing. Only the owner revokes. */
	@Transactional
	public boolean revoke(String owner, long id) {
		return tokens.findByIdAndOwnerIgnoreCase(id, owner).map(token -> {
			if (token.getRevokedAt() == null) {
				token.revoke(clock.instant());
				events.publishEvent(new TokenRevoked(owner, token.getId(), token.getName()));
			}
			return true;
		}).orElse(false);
	}

	/**
	 * The holder of a valid secret: known, not revoked, not expired, and its owner still enabled. Records the use
	 * (to the minute).
	 */
	@Transactional
	public Optional<TokenHolder> authenticate(String secret) {
		if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findBySecretHash(hash(secret))
			.filter(token -> token.isValidAt(now))
			.filter(token -> users.findByUsername(token.getOwner()).map(user -> user.isEnabled()).orElse(false))
			.map(token -> {
				tokens.markUsed(token.getId(), now, now.minus(LAST_USE_PRECISION));
				return new TokenHolder(token.getId(), token.getOwner(), token.getAccess());
			});
	}

	/** A token that is not revoked and expires soon (notifications warn its owner). */
	public record ExpiringToken(long id, String owner, String name, Instant expiresAt) {
	}

	/** Tokens not revoked that expire after {@code after} and no later than {@code until}, oldest first. */
	public List<ExpiringToken> expiringBetween(Instant after, Instant until) {
		return tokens.findByRevokedAtIsNullAndExpiresAtGreaterThanAndExpiresAtLessThanEqualOrderById(after, until).stream()
			.map(token -> new ExpiringToken(token.getId(), token.getOwner(), token.getName(), token.getExpiresAt()))
			.toList();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("Every Java runtime has SHA-256", exception);
		}
	}
}
