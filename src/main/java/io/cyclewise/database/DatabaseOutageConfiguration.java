package io.cyclewise.database;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** What people see when the database is away, whichever database is used (embedded or configured). */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	/**
	 * Just before Spring Session's filter, so that a failure to load or save the session is caught too; for error
	 * dispatches as well, because rendering an error page (e.g. a 404) with the layout loads the session.
	 */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ObjectProvider<DataSource> dataSources,
			ObjectProvider<ThymeleafViewResolver> views) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(dataSources, views));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/** Just after Spring Session's filter, whose request it wraps. */
	@Bean
	FilterRegistrationBean<PathsWithoutSession> pathsWithoutSession() {
		FilterRegistrationBean<PathsWithoutSession> registration = new FilterRegistrationBean<>(new PathsWithoutSession());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}
}
