package io.cyclewise.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits guessing passwords, per account and per client address, with its state in PostgreSQL so that every app
 * instance applies the same limits (times are the database's, so instances with drifting clocks agree).
 * <ul>
 * <li><b>Account</b>: after {@code free-failures} failed sign-ins in a row, the account is refused for
 * {@code first-lock}, doubling with every further failure up to {@code max-lock}; attempts while refused do not check
 * the password and do not count. A successful sign-in, or {@code forget-after} without a failure, starts afresh. So
 * an attacker cannot keep a real person out for longer than {@code max-lock} after they stop.</li>
 * <li><b>Client address</b>: {@code client-max-failures} failures within {@code client-window} (any accounts) refuse
 * that address until the oldest of them leaves the window; this slows spraying one password over many accounts.</li>
 * </ul>
 * Every attempt is recorded in {@code sign_in_attempt} (kept {@code keep-attempts}) and failures are logged.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	/** Typed usernames are stored lower-cased, control characters replaced, cut to this length. */
	static final int MAX_ACCOUNT_LENGTH = 100;

	private final JdbcTemplate jdbc;
	private final int freeFailures;
	private final Duration firstLock;
	private final Duration maxLock;
	private final Duration forgetAfter;
	private final int clientMaxFailures;
	private final Duration clientWindow;
	private final Duration keepAttempts;

	SignInThrottle(JdbcTemplate jdbc,
			@Value("${cyclewise.sign-in.account.free-failures:5}") int freeFailures,
			@Value("${cyclewise.sign-in.account.first-lock:1m}") Duration firstLock,
			@Value("${cyclewise.sign-in.account.max-lock:15m}") Duration maxLock,
			@Value("${cyclewise.sign-in.account.forget-after:24h}") Duration forgetAfter,
			@Value("${cyclewise.sign-in.client.max-failures:50}") int clientMaxFailures,
			@Value("${cyclewise.sign-in.client.window:15m}") Duration clientWindow,
			@Value("${cyclewise.sign-in.keep-attempts:30d}") Duration keepAttempts) {
		this.jdbc = jdbc;
		this.freeFailures = freeFailures;
		this.firstLock = firstLock;
		this.maxLock = maxLock;
		this.forgetAfter = forgetAfter;
		this.clientMaxFailures = clientMaxFailures;
		this.clientWindow = clientWindow;
		this.keepAttempts = keepAttempts;
	}

	/** Why a sign-in for this account from this address is refused right now, or empty if it may be tried. */
	@Transactional(readOnly = true)
	public Optional<DefaultMessageSourceResolvable> refusal(String username, String clientAddress) {
		List<Long> accountWait = jdbc.queryForList("SELECT ceil(extract(epoch FROM locked_until - now()))::bigint"
				+ " FROM sign_in_throttle WHERE account = ? AND locked_until > now()", Long.class, account(username));
		if (!accountWait.isEmpty()) {
			return Optional.of(refusal("security.signIn.lockedAccount", accountWait.get(0)));
		}
		List<Long> clientWait = jdbc.queryForList("SELECT ceil(extract(epoch FROM attempted_at + make_interval(secs => ?)"
				+ " - now()))::bigint FROM sign_in_attempt WHERE client_address = ? AND outcome = 'FAILED'"
				+ " AND attempted_at > now() - make_interval(secs => ?) ORDER BY attempted_at DESC OFFSET ? LIMIT 1",
				Long.class, seconds(clientWindow), clientAddress, seconds(clientWindow), clientMaxFailures - 1);
		if (!clientWait.isEmpty()) {
			return Optional.of(refusal("security.signIn.lockedAddress", clientWait.get(0)));
		}
		return Optional.empty();
	}

	@Transactional
	public void failed(String username, String clientAddress) {
		String account = account(username);
		record(account, clientAddress, "FAILED");
		Integer failures = jdbc.queryForObject("INSERT INTO sign_in_throttle (account, failures, last_failure_at)"
				+ " VALUES (?, 1, now()) ON CONFLICT (account) DO UPDATE SET failures = CASE"
				+ " WHEN sign_in_throttle.last_failure_at < now() - make_interval(secs => ?) THEN 1"
				+ " ELSE sign_in_throttle.failures + 1 END, last_failure_at = now() RETURNING failures",
				Integer.class, account, seconds(forgetAfter));
		Duration lock = lockAfter(failures, freeFailures, firstLock, maxLock);
		if (lock.isZero()) {
			log.info("Failed sign-in for '{}' from {} ({} in a row).", account, clientAddress, failures);
			return;
		}
		jdbc.update("UPDATE sign_in_throttle SET locked_until = now() + make_interval(secs => ?) WHERE account = ?",
				seconds(lock), account);
		log.warn("Failed sign-in for '{}' from {} ({} in a row): further sign-ins refused for {} s.", account,
				clientAddress, failures, lock.toSeconds());
	}

	@Transactional
	public void succeeded(String username, String clientAddress) {
		String account = account(username);
		record(account, clientAddress, "SUCCEEDED");
		jdbc.update("DELETE FROM sign_in_throttle WHERE account = ?", account);
	}

	@Transactional
	public void refused(String username, String clientAddress) {
		record(account(username), clientAddress, "REFUSED");
	}

	/** Hourly: forget attempts older than {@code keep-attempts} and accounts quiet for {@code forget-after}. */
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	void forgetOldAttempts() {
		jdbc.update("DELETE FROM sign_in_attempt WHERE attempted_at < now() - make_interval(secs => ?)",
				seconds(keepAttempts));
		jdbc.update("DELETE FROM sign_in_throttle WHERE last_failure_at < now() - make_interval(secs => ?)"
				+ " AND (locked_until IS NULL OR locked_until < now())", seconds(forgetAfter));
	}

	/** No lock for the first free failures; then the first lock, doubled per further failure, at most the maximum. */
	static Duration lockAfter(int failuresInARow, int freeFailures, Duration firstLock, Duration maxLock) {
		if (failuresInARow < freeFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failuresInARow - freeFailures, 30);
		Duration lock = firstLock.multipliedBy(1L << doublings);
		return lock.compareTo(maxLock) > 0 ? maxLock : lock;
	}

	/** "1 minute", "3 minutes": whole minutes, rounded up, at least one. */
	/** The refusal in the person's language (the sign-in page resolves it); the English text is its default. */
	private static DefaultMessageSourceResolvable refusal(String code, long seconds) {
		long minutes = Math.max(1, (seconds + 59) / 60);
		String english = "security.signIn.lockedAccount".equals(code)
				? "Too many failed sign-ins for this account; try again in " + inMinutes(seconds) + "."
				: "Too many failed sign-ins from your network address; try again in " + inMinutes(seconds) + ".";
		return new DefaultMessageSourceResolvable(new String[] { code }, new Object[] { minutes }, english);
	}

	static String inMinutes(long seconds) {
		long minutes = Math.max(1, (seconds + 59) / 60);
		return minutes == 1 ? "1 minute" : minutes + " minutes";
	}

	static String account(String username) {
		// Control characters would let a typed username forge log lines.
		String account = username == null ? "" : username.trim().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
		return account.length() > MAX_ACCOUNT_LENGTH ? account.substring(0, MAX_ACCOUNT_LENGTH) : account;
	}

	private void record(String account, String clientAddress, String outcome) {
		jdbc.update("INSERT INTO sign_in_attempt (account, client_address, outcome) VALUES (?, ?, ?)", account,
				clientAddress, outcome);
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}
}
