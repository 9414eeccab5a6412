package org.urgentaction.mailing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.mailing.ClaimCursor.Position;
import org.urgentaction.mailing.OutboxRepository.Claimed;
import org.urgentaction.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim continues after the previous one, and starts from the beginning again when the
 * previous one found less than it asked for and at least every second.
 */
@AppTest
class ClaimCursorTests extends OutboxTestBase {

	@Autowired
	OutboxRepository outbox;

	@Test
	void aClaimContinuesAfterAPositionAndAFullScanTakesHigherPriorityFirst() {
		// due tomorrow, so that the sending threads of other tests' applications on this
		// database leave them alone
		Instant now = Instant.now().plus(1, ChronoUnit.DAYS);
		long first = queued(MessageKind.UA, now);
		long second = queued(MessageKind.UA, now);
		long third = queued(MessageKind.UA, now);
		long confirmation = queued(MessageKind.CONFIRM, now);
		List<Long> mine = List.of(first, second, third, confirmation);

		List<Long> continued = outbox
			.lockDue(10_000, now.plusSeconds(1), new Position(MessageKind.UA.priority(), first))
			.stream()
			.filter(mine::contains)
			.toList();
		assertThat(continued).containsExactly(second, third);

		List<Long> fromTheStart = outbox.lockDue(10_000, now.plusSeconds(1), null)
			.stream()
			.filter(mine::contains)
			.toList();
		assertThat(fromTheStart).containsExactly(confirmation, first, second, third);
	}

	@Test
	void startsFromTheBeginningAfterAShortClaimAndEverySecond() {
		ClaimCursor cursor = new ClaimCursor();
		Instant now = Instant.now();
		assertThat(cursor.next(now)).isNull();
		cursor.claimed(batch(10, 11, 12), 3);
		assertThat(cursor.next(now.plusMillis(10))).isEqualTo(new Position(MessageKind.UA.priority(), 12));
		cursor.claimed(batch(13), 3);
		assertThat(cursor.next(now.plusMillis(20))).isNull();
		cursor.claimed(batch(14, 15, 16), 3);
		assertThat(cursor.next(now.plusMillis(30))).isNotNull();
		assertThat(cursor.next(now.plusMillis(1_100))).isNull();
	}

	private static List<Claimed> batch(long... ids) {
		return LongStream.of(ids)
			.mapToObj((id) -> new Claimed(id, id, MessageKind.UA, 1, null, false, null, null, null))
			.toList();
	}

}
