package org.urgentaction.subscriber;

/**
 * Published inside the transaction in which an address confirmed what waited for it: from
 * now on its consent to updates on the cases it reported on holds.
 */
public record SubscriberConfirmed(long subscriberId) {

}
