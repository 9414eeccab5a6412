package org.urgentaction.mailing;

import org.urgentaction.mailing.OutboxRepository.Claimed;
import org.urgentaction.subscriber.Subscriber;
import org.urgentaction.subscriber.SubscriberStatus;

/**
 * Whether a claimed message may still go out: its mailing may have been stopped, and its
 * subscriber may have changed since it was queued.
 */
final class Deliverable {

	private Deliverable() {
	}

	/**
	 * Why the message must not be sent, or null if it may.
	 */
	static String reasonToSkip(Claimed message, Subscriber subscriber) {
		if (message.mailingStopped()) {
			return "mailing stopped";
		}
		if (subscriber == null || subscriber.email() == null) {
			return "subscriber deleted";
		}
		SubscriberStatus status = subscriber.status();
		boolean allowed = switch (message.kind()) {
			case CONFIRM -> status == SubscriberStatus.PENDING
					|| (subscriber.awaitingConfirmation() && status != SubscriberStatus.DELETED);
			case ALREADY_SUBSCRIBED -> status == SubscriberStatus.ACTIVE || status == SubscriberStatus.PAUSED;
			case DATA_LINK -> status != SubscriberStatus.DELETED && status != SubscriberStatus.BOUNCING;
			case UA, REMINDER, DIGEST, STOP -> status == SubscriberStatus.ACTIVE;
		};
		return allowed ? null : "subscriber " + status;
	}

}
