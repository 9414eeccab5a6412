package org.urgentaction.subscriber;

/**
 * Published inside the transaction that needs the mail, so that the outbox entry commits
 * (or not) with it.
 */
public record SubscriberMailRequested(long subscriberId, SubscriberMail mail) {

}
