package io.cyclewise.shared;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files under exactly four prefixes (and /favicon.ico sent to /img/favicon.svg) instead of Boot's catch-all {@code /**}: every link a page renders
 * passes through {@link ResourceUrlEncodingFilter}, and with a catch-all each page link ({@code /dashboard},
 * {@code /initiatives?…}) was looked up as a file in every jar on the classpath, on every request. WebJar URLs stay
 * version-free in the templates ({@code /webjars/bootstrap/css/…}); they are rewritten to the versioned URL once
 * and cached, and the versioned files are cached by browsers for a year. ({@code spring.web.resources.add-mappings}
 * is off, so these are the only static mappings.)
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").resourceChain(true);
	}

	/** Pages link the SVG icon; browsers (and bookmarks, feed readers) that still ask for /favicon.ico get sent there. */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", "/img/favicon.svg")
			.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
	}

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
	}
}
