package org.urgentaction.mailing;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the outbox table no longer checks itself (its check constraints cost too much on
 * every update): every change of a message leaves it in a known status, with a time for
 * its next attempt exactly while it is queued.
 */
@AppTest
class OutboxInvariantTests extends OutboxTestBase {

	@Autowired
	OutboxRepository outbox;

	@AfterEach
	void everyMessageKeepsTheInvariant() {
		assertThat(invariantViolations(jdbc)).isZero();
	}

	@Test
	void aClaimedMessageThatIsRetriedReleasedOrFinishedKeepsTheInvariant() {
		Instant now = Instant.now();
		long retried = claimed("node-a");
		outbox.retry(retried, "node-a", now.plus(2, ChronoUnit.DAYS), "451 later");
		assertThat(status(retried)).isEqualTo("QUEUED");

		// released as due tomorrow, so that the sending threads of other tests'
		// applications on this database leave it alone
		Instant tomorrow = now.plus(1, ChronoUnit.DAYS);
		long expired = claimed("node-a");
		assertThat(outbox.releaseExpiredLeases(tomorrow)).isGreaterThanOrEqualTo(1);
		assertThat(status(expired)).isEqualTo("QUEUED");
		assertThat(outbox.lockDue(10_000, tomorrow.plusSeconds(1), null)).contains(expired).doesNotContain(retried);

		long failed = claimed("node-a");
		outbox.finish(failed, "node-a", "FAILED", "550 no such user");
		assertThat(status(failed)).isEqualTo("FAILED");
	}

	@Test
	void aSentMessageThatGetsNoReplyOrIsRefusedKeepsTheInvariant() throws SQLException {
		Instant now = Instant.now();
		long unconfirmed = claimed("node-a");
		long refused = claimed("node-a");
		try (HandOverLog log = outbox.handOverLog("node-a")) {
			log.begin(unconfirmed).commit();
			log.begin(refused).commit();
		}
		outbox.unconfirmed(unconfirmed, "node-a");
		assertThat(status(unconfirmed)).isEqualTo("HANDED_OVER");
		outbox.retry(refused, "node-a", now.plusSeconds(60), "452 mailbox full");
		assertThat(status(refused)).isEqualTo("QUEUED");
	}

}
