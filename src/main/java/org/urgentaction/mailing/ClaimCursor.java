package org.urgentaction.mailing;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.urgentaction.mailing.OutboxRepository.Claimed;

/**
 * Where a sending thread's next claim starts in the claim order (priority, then id). The
 * entries of messages claimed a moment ago stay in the claim index until they are cleaned
 * up, and a claim that always started from the beginning would step over all of them:
 * during a mailing of 100,000 messages that was the largest single cost in the database.
 * So a claim continues after the last one, and starts from the beginning again at least
 * every second (for a message of higher priority queued meanwhile, or one due again after
 * a failure) and whenever a claim found less than it asked for. It is only a hint: any
 * claim takes only what no other node holds.
 */
final class ClaimCursor {

	private static final Duration FROM_THE_START_EVERY = Duration.ofSeconds(1);

	private Position after;

	private Instant fromTheStartDue = Instant.MIN;

	/**
	 * The position the next claim continues after, or null to start from the beginning.
	 */
	Position next(Instant now) {
		if (after == null || !now.isBefore(fromTheStartDue)) {
			fromTheStartDue = now.plus(FROM_THE_START_EVERY);
			return null;
		}
		return after;
	}

	void claimed(List<Claimed> batch, int asked) {
		after = (batch.size() < asked) ? null
				: batch.stream()
					.map((message) -> new Position(message.kind().priority(), message.id()))
					.max(Comparator.comparingInt(Position::priority).thenComparingLong(Position::id))
					.orElse(null);
	}

	/**
	 * A place in the claim order.
	 */
	record Position(int priority, long id) {
	}

}
