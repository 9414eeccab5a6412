package org.urgentaction.mailing;

/**
 * One recipient of one bounce or complaint: {@code outboxId} from the Message-ID of the
 * returned message ({@code <outbox-ID@host>}), when it was included.
 */
record Bounce(Kind kind, String recipient, Long outboxId, String status, String diagnostic) {

	enum Kind {

		/** Permanent failure (DSN action failed, status 5.x.x): no more mail. */
		HARD,
		/**
		 * Temporary failure (status 4.x.x, or delayed): no more mail after repeated ones.
		 */
		SOFT,
		/** The recipient marked the mail as spam (ARF): unsubscribed. */
		COMPLAINT

	}

}
