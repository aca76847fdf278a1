package io.cyclewise.security;

import java.time.Duration;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per token for calls, and per client address for calls with a wrong token, so a
 * runaway pipeline or someone guessing secrets gets 429 instead of the portal's capacity. Buckets live in this
 * instance's memory: behind a load balancer each instance allows the rate on its own, which bounds the total at
 * rate × instances (docs/integrations.md).
 */
@Component
class ApiRateLimits {

	private final Cache<Long, Bucket> perToken = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000).build();

	private final Cache<String, Bucket> failuresPerAddress = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

	private final int callsPerMinute;

	private final int failuresPerMinute;

	ApiRateLimits(@Value("${cyclewise.api.rate-limit.calls-per-minute:600}") int callsPerMinute,
			@Value("${cyclewise.api.rate-limit.failures-per-minute:20}") int failuresPerMinute) {
		this.callsPerMinute = callsPerMinute;
		this.failuresPerMinute = failuresPerMinute;
	}

	/** @return empty if the call may go ahead, else the seconds until it may be retried */
	OptionalLong call(long tokenId) {
		return take(perToken.get(tokenId, id -> bucket(callsPerMinute)));
	}

	/** Whether this address may try another token at all (it has not failed too often). */
	OptionalLong mayTry(String address) {
		Bucket bucket = failuresPerAddress.getIfPresent(address);
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(1, Duration.ofMinutes(1).toSeconds() / failuresPerMinute));
	}

	void failed(String address) {
		failuresPerAddress.get(address, key -> bucket(failuresPerMinute)).tryConsume(1);
	}

	int callsPerMinute() {
		return callsPerMinute;
	}

	private static OptionalLong take(Bucket bucket) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? OptionalLong.empty()
				: OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
	}

	/** The whole minute's allowance may be used at once (a burst), refilled evenly over the minute. */
	private static Bucket bucket(int perMinute) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}
}
