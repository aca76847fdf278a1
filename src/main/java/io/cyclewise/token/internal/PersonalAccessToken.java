package io.cyclewise.token.internal;

import java.time.Instant;

import io.cyclewise.token.TokenAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A token's record: its owner, name, access, validity and the hash of its secret (never the secret itself). */
@Entity
@Table(name = "personal_access_token")
public class PersonalAccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60)
	private String owner;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "secret_hash", nullable = false, length = 64)
	private String secretHash;

	@Column(name = "secret_prefix", nullable = false, length = 12)
	private String secretPrefix;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private TokenAccess access;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected PersonalAccessToken() {
	}

	public PersonalAccessToken(String owner, String name, String secretHash, String secretPrefix, TokenAccess access,
			Instant createdAt, Instant expiresAt) {
		this.owner = owner;
		this.name = name;
		this.secretHash = secretHash;
		this.secretPrefix = secretPrefix;
		this.access = access;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isValidAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	public void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public String getOwner() {
		return owner;
	}

	public String getName() {
		return name;
	}

	public String getSecretPrefix() {
		return secretPrefix;
	}

	public TokenAccess getAccess() {
		return access;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}
}
