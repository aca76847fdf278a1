package io.cyclewise.security;

import java.io.IOException;
import java.util.OptionalLong;

import io.cyclewise.shared.ProblemWriter;
import io.cyclewise.token.PersonalAccessTokens;
import io.cyclewise.token.TokenHolder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call by its {@code Authorization: Bearer} token, for this request only (nothing is kept in a
 * session). The token acts with its owner's roles as they are now. Unknown, expired and revoked tokens get the same
 * 401, so a caller learns nothing about which secrets exist; repeated failures from one address, and too many calls
 * with one token, get 429 with {@code Retry-After}.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final PersonalAccessTokens tokens;
	private final UserDetailsService people;
	private final ApiRateLimits limits;
	private final ProblemWriter problems;

	BearerTokenFilter(PersonalAccessTokens tokens, UserDetailsService people, ApiRateLimits limits,
			ProblemWriter problems) {
		this.tokens = tokens;
		this.people = people;
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		OptionalLong wait = limits.mayTry(address);
		if (wait.isPresent()) {
			tooMany(response, wait.getAsLong(), "security.api.tooManyFromAddress");
			return;
		}
		var holder = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? tokens.authenticate(header.substring(BEARER.length()).trim()) : java.util.Optional.<TokenHolder>empty();
		if (holder.isEmpty()) {
			limits.failed(address);
			unauthorized(response, header.regionMatches(true, 0, BEARER, 0, BEARER.length())
					? "security.api.unknownToken" : "security.api.sendBearer");
			return;
		}
		UserDetails owner = people.loadUserByUsername(holder.get().owner());
		OptionalLong throttled = limits.call(holder.get().tokenId());
		if (throttled.isPresent()) {
			tooMany(response, throttled.getAsLong(), "security.api.tooManyCalls", String.valueOf(limits.callsPerMinute()));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(holder.get(), owner.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void unauthorized(HttpServletResponse response, String detailCode) throws IOException {
		ProblemDetail problem = problems.problem(HttpStatus.UNAUTHORIZED, "security.api.notSignedIn", detailCode);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cyclewise\", error=\"invalid_token\"");
		problems.write(response, problem);
	}

	private void tooMany(HttpServletResponse response, long retryAfterSeconds, String detailCode, Object... arguments)
			throws IOException {
		ProblemDetail problem = problems.problem(HttpStatus.TOO_MANY_REQUESTS, "security.api.tooManyRequests",
				"security.api.retryAfter", new DefaultMessageSourceResolvable(new String[] { detailCode }, arguments),
				String.valueOf(retryAfterSeconds));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		problems.write(response, problem);
	}
}
