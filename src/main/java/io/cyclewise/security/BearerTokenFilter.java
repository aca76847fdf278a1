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
			tooMany(response, wait.getAsLong(), "Too many calls with unknown, expired or revoked tokens came from "
					+ "your address; wait before trying again.");
			return;
		}
		var holder = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? tokens.authenticate(header.substring(BEARER.length()).trim()) : java.util.Optional.<TokenHolder>empty();
		if (holder.isEmpty()) {
			limits.failed(address);
			unauthorized(response, header.regionMatches(true, 0, BEARER, 0, BEARER.length())
					? "The token is unknown, expired or revoked. Create a new one under API tokens."
					: "Send a personal access token as Authorization: Bearer <token>.");
			return;
		}
		UserDetails owner = people.loadUserByUsername(holder.get().owner());
		OptionalLong throttled = limits.call(holder.get().tokenId());
		if (throttled.isPresent()) {
			tooMany(response, throttled.getAsLong(), "This token made more than " + limits.callsPerMinute()
					+ " calls in a minute; wait before the next one (bulk endpoints take up to 5,000 items per call).");
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

	private void unauthorized(HttpServletResponse response, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setTitle("Not signed in");
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cyclewise\", error=\"invalid_token\"");
		problems.write(response, problem);
	}

	private void tooMany(HttpServletResponse response, long retryAfterSeconds, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				detail + " Retry after " + retryAfterSeconds + " s.");
		problem.setTitle("Too many requests");
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		problems.write(response, problem);
	}
}
