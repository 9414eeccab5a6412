package org.urgentaction.subscriber;

/**
 * Published inside the transaction in which a subscriber stops all mail: {@code reason}
 * is {@code REQUEST} (they asked) or {@code COMPLAINT} (they marked a mail as spam).
 */
public record SubscriberUnsubscribed(long subscriberId, String reason) {

}
