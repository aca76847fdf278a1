package io.cyclewise.shared;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Cross-module events are stored by Spring Modulith's event publication registry in the publishing transaction
 * and handed to their {@code @ApplicationModuleListener}s asynchronously, on Boot's application task executor,
 * bounded by {@code spring.task.execution.pool.*}. When its queue is full, the publishing thread runs the listener
 * itself (back-pressure instead of an error after the commit). A listener that fails leaves its publication
 * incomplete; {@link EventRedelivery} resubmits it, and outstanding ones are republished on start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class BackgroundWorkConfiguration {

	@Bean
	ThreadPoolTaskExecutorCustomizer runInCallerWhenQueueIsFull() {
		return executor -> executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
	}
}
