package io.cyclewise.security;

import java.util.Set;
import java.util.function.Supplier;

import io.cyclewise.shared.ProblemWriter;
import io.cyclewise.shared.RequestSizeLimit;
import io.cyclewise.token.PersonalAccessTokens;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API ({@code /api/**}) and the Prometheus scrape endpoint: stateless, authenticated only by personal access
 * tokens (no session cookie is read or created, so there is nothing for CSRF to protect here; the pages keep CSRF).
 * Reads need any valid token; changes need a read-write token; everything else is checked by the same services as
 * the pages, with the owner's roles.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, PersonalAccessTokens tokens, UserDetailsService people,
			ApiRateLimits limits, ProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/prometheus")
			.addFilterBefore(new BearerTokenFilter(tokens, people, limits, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/prometheus").hasRole("ADMIN")
				.anyRequest().access(ApiSecurityConfiguration::readOrWritingToken))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, exception) -> {
					ProblemDetail problem = problems.problem(HttpStatus.UNAUTHORIZED, "security.api.notSignedIn",
							"security.api.sendToken");
					response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cyclewise\"");
					problems.write(response, problem);
				})
				.accessDeniedHandler((request, response, exception) -> {
					boolean readOnlyToken = !READS.contains(request.getMethod()) && SecurityContextHolder.getContext()
						.getAuthentication() instanceof TokenAuthentication token && !token.holder().mayWrite();
					ProblemDetail problem = problems.problem(HttpStatus.FORBIDDEN, "security.api.notAllowed",
							readOnlyToken ? "security.api.readOnlyToken" : "security.api.rolesDoNotAllow");
					problems.write(response, problem);
				}));
		return http.build();
	}

	/**
	 * Reads need a known caller; changes also need a token that may write. (Only tokens authenticate here in
	 * production; tests may also set a caller directly.)
	 */
	private static AuthorizationDecision readOrWritingToken(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication caller = authentication.get();
		if (caller == null || !TRUST.isAuthenticated(caller)) {
			return new AuthorizationDecision(false);
		}
		boolean readOnlyToken = caller instanceof TokenAuthentication token && !token.holder().mayWrite();
		return new AuthorizationDecision(READS.contains(context.getRequest().getMethod()) || !readOnlyToken);
	}

	/** Before Spring Security, so an oversized body is refused before anything else reads it. */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> apiRequestSizeLimit(ProblemWriter problems) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(-110);
		return registration;
	}
}
