package io.cyclewise.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form sign-in, CSRF on, role rules for whole URL spaces. Rules that depend on the record (e.g. "edits only the
 * initiatives they lead") live in each feature's permission class, so they are checked on the server too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
						"/actuator/health/**")
				.permitAll()
				.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/initiatives/new").hasAnyRole("PROJECT_LEAD", "ADMIN")
				.requestMatchers(HttpMethod.POST, "/initiatives").hasAnyRole("PROJECT_LEAD", "ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

	/** Delegating encoder: stores {@code {bcrypt}…} today and still reads older formats after an upgrade. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
