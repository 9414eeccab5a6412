package org.urgentaction.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed logins per account and per client address, shared by every node through the
 * database. Beyond a few free failures each one blocks its bucket for twice as long as
 * the one before, up to {@code ua.staff.max-delay}; attempts while blocked are refused
 * without looking at the password and do not prolong the block, and failures are
 * forgotten after {@code ua.staff.forget-failures-after}, so nobody can lock an account
 * for good.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final StaffSecurityProperties settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, StaffSecurityProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * How long the account or the address must still wait, if either is blocked.
	 */
	Optional<Duration> blocked(String email, String address) {
		Instant now = clock.instant();
		return jdbc.sql("select max(blocked_until) from login_throttle where bucket in (:buckets)")
			.param("buckets", buckets(email, address))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(now::isBefore)
			.map((until) -> Duration.between(now, until));
	}

	void failed(String email, String address) {
		record(account(email), settings.freeFailuresPerAccount());
		if (address != null) {
			record(address(address), settings.freeFailuresPerAddress());
		}
	}

	void succeeded(String email) {
		jdbc.sql("delete from login_throttle where bucket = :bucket").param("bucket", account(email)).update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOld() {
		jdbc.sql("delete from login_throttle where last_failure_at < :before and blocked_until < :now")
			.param("before", Timestamp.from(clock.instant().minus(settings.forgetFailuresAfter())))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private void record(String bucket, int free) {
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update login_throttle set failures = case when last_failure_at < :forget then 1 else failures + 1 end,
				last_failure_at = :now where bucket = :bucket
				""")
			.param("forget", Timestamp.from(now.minus(settings.forgetFailuresAfter())))
			.param("now", Timestamp.from(now))
			.param("bucket", bucket)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("""
						insert into login_throttle (bucket, failures, last_failure_at, blocked_until)
						values (:bucket, 1, :now, :now)
						""").param("bucket", bucket).param("now", Timestamp.from(now)).update();
			}
			catch (DuplicateKeyException otherNode) {
				record(bucket, free);
				return;
			}
		}
		int failures = jdbc.sql("select failures from login_throttle where bucket = :bucket")
			.param("bucket", bucket)
			.query(Integer.class)
			.single();
		jdbc.sql("update login_throttle set blocked_until = :until where bucket = :bucket")
			.param("until", Timestamp.from(now.plus(delay(failures, free))))
			.param("bucket", bucket)
			.update();
	}

	Duration delay(int failures, int free) {
		if (failures <= free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(30, failures - free - 1);
		Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
		return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
	}

	private static List<String> buckets(String email, String address) {
		return (address == null) ? List.of(account(email)) : List.of(account(email), address(address));
	}

	private static String account(String email) {
		String normalized = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		return "account:" + (normalized.length() > 320 ? normalized.substring(0, 320) : normalized);
	}

	private static String address(String address) {
		return "address:" + (address.length() > 60 ? address.substring(0, 60) : address);
	}

}
