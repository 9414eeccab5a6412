package org.urgentaction.mailing;

import org.urgentaction.subscriber.SubscriberMail;

/**
 * What one outbox message is, with its place in the queue: mails a person is waiting for
 * (a confirmation link) go before mailings.
 */
enum MessageKind {

	CONFIRM(0, false), ALREADY_SUBSCRIBED(0, true), DATA_LINK(0, false), UA(1, true), REMINDER(2, true),
	DIGEST(3, true), STOP(1, true);

	private final int priority;

	private final boolean listMail;

	MessageKind(int priority, boolean listMail) {
		this.priority = priority;
		this.listMail = listMail;
	}

	int priority() {
		return priority;
	}

	/**
	 * Whether the mail carries List-Unsubscribe headers and goes only to active
	 * subscribers.
	 */
	boolean listMail() {
		return listMail;
	}

	static MessageKind of(SubscriberMail mail) {
		return valueOf(mail.name());
	}

	static MessageKind of(MailingKind kind) {
		return valueOf(kind.name());
	}

}
