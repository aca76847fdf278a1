package io.cyclewise.security;

import io.cyclewise.shared.SecurityHeaders;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form sign-in, CSRF on, role rules for whole URL spaces. Rules that depend on the record (e.g. "edits only the
 * initiatives they lead") live in each feature's permission class, so they are checked on the server too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	static final String PERMISSIONS_POLICY = SecurityHeaders.PERMISSIONS_POLICY;

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService people, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, ApplicationEventPublisher events) throws Exception {
		http.authenticationManager(signIn(people, passwordEncoder, throttle, events));
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
						"/actuator/health/**")
				.permitAll()
				.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/initiatives/new").hasAnyRole("PROJECT_LEAD", "ADMIN")
				.requestMatchers(HttpMethod.POST, "/initiatives").hasAnyRole("PROJECT_LEAD", "ADMIN")
				.requestMatchers("/initiatives/import", "/initiatives/import/**").hasAnyRole("PROJECT_LEAD", "ADMIN")
				.anyRequest().authenticated())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInFirst()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	/**
	 * Username and password checked against the user module's people, after the throttle (see {@link SignInThrottle});
	 * failures and successes are published as Spring Security's authentication events, which {@link SignInAttempts}
	 * counts.
	 */
	private static ProviderManager signIn(UserDetailsService people, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	/**
	 * Without a session (never signed in, or expired): a page request goes to the sign-in page. An htmx request gets
	 * 401 with {@code HX-Redirect}, so the browser goes there instead of swapping the sign-in page into a section; a
	 * JSON client gets 401 with a JSON error body instead of a redirect to an HTML page.
	 */
	private static AuthenticationEntryPoint signInFirst() {
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else if (wantsJson(request.getHeader("Accept"))) {
				// A message code, worded in the request's language by the error attributes (shared).
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "security.signInFirst");
			}
			else {
				loginPage.commence(request, response, exception);
			}
		};
	}

	private static boolean wantsJson(String accept) {
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

	/** Delegating encoder: stores {@code {bcrypt}…} today and still reads older formats after an upgrade. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
