package io.cyclewise.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications whose listener failed, or that went stale (an app instance died while handling
 * them; {@code spring.modulith.events.staleness.*} marks those failed). Listeners are idempotent, so a publication
 * handled twice does no harm; one never handled would leave flags stale until the nightly run.
 */
@Component
public class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final FailedEventPublications failed;
	private final Duration minimumAge;

	EventRedelivery(FailedEventPublications failed,
			@Value("${cyclewise.events.redelivery-minimum-age:10s}") Duration minimumAge) {
		this.failed = failed;
		this.minimumAge = minimumAge;
	}

	@Scheduled(fixedDelayString = "${cyclewise.events.redelivery-interval:30s}",
			initialDelayString = "${cyclewise.events.redelivery-interval:30s}")
	public void resubmitFailed() {
		resubmit(minimumAge);
	}

	/** Hands every failed publication at least {@code minimumAge} old to its listener again. */
	public void resubmit(Duration minimumAge) {
		try {
			failed.resubmit(ResubmissionOptions.defaults().withMinAge(minimumAge));
		}
		catch (RuntimeException stillFailing) {
			log.warn("Resubmitting failed event publications did not finish; they are tried again later.", stillFailing);
		}
	}
}
