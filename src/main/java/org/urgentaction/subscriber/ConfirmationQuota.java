package org.urgentaction.subscriber;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts confirmation mails per client (keyed hash of its address, per hour) and per
 * recipient (per UTC day) in the database, so that every node shares the count. A count
 * only grows while it is below its limit, in one statement, so concurrent requests never
 * pass it together.
 */
@Component
class ConfirmationQuota {

	private final JdbcClient jdbc;

	private final ConfirmationLimits limits;

	ConfirmationQuota(JdbcClient jdbc, ConfirmationLimits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/** Takes one of the client's mails of this hour; false when none is left. */
	boolean takeForClient(String clientKey, Instant now) {
		return clientKey == null
				|| take("client:" + clientKey, now.truncatedTo(ChronoUnit.HOURS), limits.mailsPerClientPerHour());
	}

	/** Takes one of the recipient's mails of this day; false when none is left. */
	boolean takeForRecipient(long subscriberId, Instant now) {
		return take("to:" + subscriberId, now.truncatedTo(ChronoUnit.DAYS), limits.mailsPerAddressPerDay());
	}

	private boolean take(String bucket, Instant window, int limit) {
		if (limit <= 0) {
			return true;
		}
		if (increment(bucket, window, limit)) {
			return true;
		}
		int inserted = jdbc.sql("""
				insert into subscriber_mail_quota (bucket, window_start, mails) values (:bucket, :window, 1)
				on conflict do nothing""").param("bucket", bucket).param("window", Timestamp.from(window)).update();
		return inserted == 1 || increment(bucket, window, limit);
	}

	private boolean increment(String bucket, Instant window, int limit) {
		return jdbc.sql("""
				update subscriber_mail_quota set mails = mails + 1
				where bucket = :bucket and window_start = :window and mails < :limit""")
			.param("bucket", bucket)
			.param("window", Timestamp.from(window))
			.param("limit", limit)
			.update() == 1;
	}

	/**
	 * Deletes the windows that no longer count: a client's (a hash of its address) once
	 * its hour is over, a recipient's once its day is.
	 */
	int forgetOldWindows(Instant now) {
		int clients = jdbc
			.sql("delete from subscriber_mail_quota where bucket like 'client:%' and window_start < :hour")
			.param("hour", Timestamp.from(now.truncatedTo(ChronoUnit.HOURS)))
			.update();
		return clients + jdbc.sql("delete from subscriber_mail_quota where window_start < :day")
			.param("day", Timestamp.from(now.truncatedTo(ChronoUnit.DAYS)))
			.update();
	}

}
