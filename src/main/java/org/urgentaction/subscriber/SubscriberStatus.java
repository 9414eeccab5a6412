package org.urgentaction.subscriber;

/**
 * Where a subscriber stands. Only {@code ACTIVE} subscribers receive mailings;
 * {@code PENDING} ones receive nothing but their confirmation mail.
 */
public enum SubscriberStatus {

	PENDING, ACTIVE, PAUSED, UNSUBSCRIBED, BOUNCING, DELETED

}
