package org.urgentaction.mailing;

/**
 * A mailing to many subscribers: a published document, a deadline reminder or the weekly
 * digest.
 */
enum MailingKind {

	UA, REMINDER, DIGEST

}
