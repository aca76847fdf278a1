package io.cyclewise.security;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session filter uses Spring Session JDBC through {@link ThrottledSessionRepository}, so a page view writes
 * nothing. Boot configures the JDBC repository (tables, clean-up, cookie) as usual; only the filter that Spring
 * Session builds from it is rebuilt around the decorator, with the same cookie handling.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	static BeanPostProcessor throttledSessionWrites(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			ObjectProvider<HttpSessionIdResolver> idResolver, ObjectProvider<CookieSerializer> cookies,
			Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				Duration precision = environment.getProperty("cyclewise.session.last-access-precision", Duration.class,
						Duration.ofMinutes(1));
				var filter = new SessionRepositoryFilter<>(new ThrottledSessionRepository<>(sessions.getObject(), precision));
				filter.setHttpSessionIdResolver(idResolver.getIfAvailable(() -> {
					CookieHttpSessionIdResolver cookieResolver = new CookieHttpSessionIdResolver();
					cookies.ifAvailable(cookieResolver::setCookieSerializer);
					return cookieResolver;
				}));
				return filter;
			}
		};
	}
}
