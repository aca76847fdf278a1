package io.cyclewise.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who just ran {@code ./mvnw spring-boot:run} where to point the browser. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Cyclewise is running at http://localhost:{}/ (started in {} s)", web.getWebServer().getPort(),
					event.getTimeTaken() == null ? "?" : String.format("%.1f", event.getTimeTaken().toMillis() / 1000.0));
		}
	}
}
