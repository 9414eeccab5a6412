package org.urgentaction.mailing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether mail is still on its way in the application a mailing test runs against: a
 * mailing not yet expanded into messages, a message being sent, or one queued to go
 * within {@link #HORIZON}. Every step of the pipeline commits its result together with
 * the end of the step before, so the database shows all of it at any moment. The test
 * base registers its application's database with {@link #watch}.
 */
final class MailPipeline {

	/** How far ahead a queued message counts as on its way. */
	static final Duration HORIZON = Duration.ofMillis(2500);

	private static volatile JdbcClient watched;

	private MailPipeline() {
	}

	static void watch(JdbcClient jdbc) {
		watched = jdbc;
	}

	static void stopWatching() {
		watched = null;
	}

	static boolean isWatched() {
		return watched != null;
	}

	static boolean busy() {
		JdbcClient jdbc = watched;
		long planned = jdbc.sql("select count(*) from mailing where status = 'PLANNED'").query(Long.class).single();
		long moving = jdbc.sql("""
				select count(*) from outbox_message
				where status in ('SENDING', 'HANDED_OVER') or (status = 'QUEUED' and next_attempt_at <= :soon)""")
			.param("soon", Timestamp.from(Instant.now().plus(HORIZON)))
			.query(Long.class)
			.single();
		return planned + moving > 0;
	}

}
