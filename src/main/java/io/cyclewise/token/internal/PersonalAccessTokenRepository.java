package io.cyclewise.token.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonalAccessTokenRepository extends JpaRepository<PersonalAccessToken, Long> {

	Optional<PersonalAccessToken> findBySecretHash(String secretHash);

	List<PersonalAccessToken> findByOwnerIgnoreCaseOrderByCreatedAtDesc(String owner);

	Optional<PersonalAccessToken> findByIdAndOwnerIgnoreCase(long id, String owner);

	List<PersonalAccessToken> findByRevokedAtIsNullAndExpiresAtGreaterThanAndExpiresAtLessThanEqualOrderById(Instant after,
			Instant until);

	/** One small UPDATE, at most once a minute per token, instead of a write on every call. */
	@Modifying
	@Query("update PersonalAccessToken t set t.lastUsedAt = :now where t.id = :id "
			+ "and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
	int markUsed(long id, Instant now, Instant staleBefore);
}
