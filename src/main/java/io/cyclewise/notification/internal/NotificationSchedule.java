package io.cyclewise.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When notifications are made and sent (scheduling is off in tests, which call the steps themselves). Every step
 * is safe to run on several instances at once: scans insert with ON CONFLICT DO NOTHING, sending claims rows.
 * Off with {@code cyclewise.scheduling.enabled=false} itself, since a library on the class path (Spring Modulith's
 * moments) enables Spring's scheduling regardless of {@code SchedulingConfiguration}.
 */
@Component
@ConditionalOnBooleanProperty(name = "cyclewise.scheduling.enabled", matchIfMissing = true)
class NotificationSchedule {

	private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

	private final NotificationScans scans;
	private final NotificationDelivery delivery;
	private final ExecutiveDigests executiveDigests;

	NotificationSchedule(NotificationScans scans, NotificationDelivery delivery, ExecutiveDigests executiveDigests) {
		this.scans = scans;
		this.delivery = delivery;
		this.executiveDigests = executiveDigests;
	}

	@Scheduled(initialDelayString = "${cyclewise.notifications.scan.interval:1m}",
			fixedDelayString = "${cyclewise.notifications.scan.interval:1m}")
	void scan() {
		try {
			scans.scanAll();
		}
		catch (DataAccessException failed) {
			log.warn("Scanning for notifications failed; the next scan tries again: {}", failed.getMessage());
		}
	}

	@Scheduled(initialDelayString = "${cyclewise.notifications.delivery.interval:10s}",
			fixedDelayString = "${cyclewise.notifications.delivery.interval:10s}")
	void deliver() {
		try {
			delivery.deliver();
		}
		catch (DataAccessException failed) {
			log.warn("Delivering notifications failed; the next round tries again: {}", failed.getMessage());
		}
	}

	/** Each morning; the weekly one on Mondays. */
	@Scheduled(cron = "${cyclewise.notifications.digest.daily-cron:0 0 7 * * *}")
	void dailyDigest() {
		delivery.sendDigests("DAILY_DIGEST", "Daily");
	}

	@Scheduled(cron = "${cyclewise.notifications.digest.weekly-cron:0 0 7 * * MON}")
	void weeklyDigest() {
		delivery.sendDigests("WEEKLY_DIGEST", "Weekly");
	}

	/**
	 * The executive digest of the week just ended, built once and stored; the delivery worker sends it. A week
	 * already built (by another instance, or a rerun) is left alone.
	 */
	@Scheduled(cron = "${cyclewise.digest.weekly.cron:0 0 7 * * MON}")
	void executiveDigest() {
		try {
			ExecutiveDigests.Build build = executiveDigests.buildLastWeek();
			if (build.built()) {
				log.info("Built the weekly executive digest {} for {} executives", build.id(), build.notified());
			}
		}
		catch (DataAccessException failed) {
			log.warn("Building the weekly executive digest failed; the week stays unbuilt until the job runs again: {}",
					failed.getMessage());
		}
	}
}
