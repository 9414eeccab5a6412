package org.urgentaction.mailing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests of the outbox's parts on an application whose sending threads are off, with
 * messages queued and claimed directly. The test classes share one application context.
 */
abstract class OutboxTestBase {

	@DynamicPropertySource
	static void noSendingThreads(DynamicPropertyRegistry registry) {
		registry.add("ua.mailing.sending", () -> "false");
	}

	@Autowired
	OutboxRepository outbox;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A new message due at {@code due}, for a subscriber of its own. Tests queue messages
	 * for tomorrow, so that no sending thread of another test's application on the same
	 * database takes them first.
	 */
	long queued(MessageKind kind, Instant due) {
		long subscriber = System.nanoTime();
		outbox.enqueue(subscriber, kind, due);
		return jdbc.sql("select id from outbox_message where subscriber_id = :s")
			.param("s", subscriber)
			.query(Long.class)
			.single();
	}

	/**
	 * A message claimed by {@code owner} for the next hour.
	 */
	long claimed(String owner) {
		Instant now = Instant.now();
		long id = queued(MessageKind.CONFIRM, now.plus(1, ChronoUnit.DAYS));
		outbox.lease(List.of(id), owner, now.plus(1, ChronoUnit.HOURS));
		return id;
	}

	String status(long id) {
		return jdbc.sql("select status from outbox_message where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/**
	 * How many messages break what the outbox table does not check itself (its check
	 * constraints cost too much on every update): a known status, and a time for the next
	 * attempt exactly while queued.
	 */
	static long invariantViolations(JdbcClient jdbc) {
		return jdbc.sql("""
				select count(*) from outbox_message
				where status not in ('QUEUED', 'SENDING', 'HANDED_OVER', 'SENT', 'FAILED', 'CANCELLED')
				    or (status = 'QUEUED' and next_attempt_at is null)
				    or (status <> 'QUEUED' and next_attempt_at is not null)""").query(Long.class).single();
	}

}
