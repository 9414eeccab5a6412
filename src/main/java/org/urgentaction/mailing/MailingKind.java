package org.urgentaction.mailing;

/**
 * A mailing to many subscribers: a published document, a deadline reminder, the weekly
 * digest, or the notice that action on a case has stopped.
 */
enum MailingKind {

	UA, REMINDER, DIGEST, STOP

}
