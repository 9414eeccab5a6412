package org.urgentaction.mailing;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the outbox table no longer checks itself (its check constraints cost too much on
 * every update): every change of a message leaves it in a known status, with a time for
 * its next attempt exactly while it is queued.
 */
@AppTest
class OutboxInvariantTests {

	@DynamicPropertySource
	static void noSendingThreads(DynamicPropertyRegistry registry) {
		registry.add("ua.mailing.sending", () -> "false");
	}

	@Autowired
	OutboxRepository outbox;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void everyMessageKeepsTheInvariant() {
		assertThat(jdbc.sql("""
				select count(*) from outbox_message
				where status not in ('QUEUED', 'SENDING', 'HANDED_OVER', 'SENT', 'FAILED', 'CANCELLED')
				    or (status = 'QUEUED' and next_attempt_at is null)
				    or (status <> 'QUEUED' and next_attempt_at is not null)""").query(Long.class).single()).isZero();
	}

	@Test
	void aClaimedMessageThatIsRetriedReleasedOrFinishedKeepsTheInvariant() {
		Instant now = Instant.now();
		long retried = claimed("node-a", now);
		outbox.retry(retried, "node-a", now.plus(2, ChronoUnit.DAYS), "451 later");
		assertThat(status(retried)).isEqualTo("QUEUED");

		// released as due tomorrow, so that the sending threads of other tests'
		// applications on this database leave it alone
		Instant tomorrow = now.plus(1, ChronoUnit.DAYS);
		long expired = claimed("node-a", now);
		assertThat(outbox.releaseExpiredLeases(tomorrow)).isGreaterThanOrEqualTo(1);
		assertThat(status(expired)).isEqualTo("QUEUED");
		assertThat(outbox.lockDue(10_000, tomorrow.plusSeconds(1))).contains(expired).doesNotContain(retried);

		long failed = claimed("node-a", now);
		outbox.finish(failed, "node-a", "FAILED", "550 no such user");
		assertThat(status(failed)).isEqualTo("FAILED");
	}

	@Test
	void aSentMessageThatGetsNoReplyOrIsRefusedKeepsTheInvariant() throws SQLException {
		Instant now = Instant.now();
		long unconfirmed = claimed("node-a", now);
		long refused = claimed("node-a", now);
		try (HandOverLog log = outbox.handOverLog("node-a")) {
			log.begin(unconfirmed).commit();
			log.begin(refused).commit();
		}
		outbox.unconfirmed(unconfirmed, "node-a");
		assertThat(status(unconfirmed)).isEqualTo("HANDED_OVER");
		outbox.retry(refused, "node-a", now.plusSeconds(60), "452 mailbox full");
		assertThat(status(refused)).isEqualTo("QUEUED");
	}

	private long claimed(String owner, Instant now) {
		long subscriber = System.nanoTime();
		// queued for tomorrow, so that no sending thread of another test claims it first
		outbox.enqueue(subscriber, MessageKind.CONFIRM, now.plus(1, ChronoUnit.DAYS));
		long id = jdbc.sql("select id from outbox_message where subscriber_id = :s")
			.param("s", subscriber)
			.query(Long.class)
			.single();
		outbox.lease(List.of(id), owner, now.plus(1, ChronoUnit.HOURS));
		return id;
	}

	private String status(long id) {
		return jdbc.sql("select status from outbox_message where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
