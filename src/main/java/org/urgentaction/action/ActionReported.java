package org.urgentaction.action;

import java.time.Instant;

/**
 * Published inside the transaction that stores a report, once per stored report (also for
 * a repeat that is not counted). {@code email} is present only when the reporter gave
 * one; {@code consentToUpdates} says whether they asked to hear about this case (which
 * takes effect only once the address confirms it); {@code clientKey} is the keyed hash of
 * the client's address (for limits on the mails a client may cause), or null.
 */
public record ActionReported(long reportId, long documentId, long caseId, String email, boolean consentToUpdates,
		String clientKey, Instant reportedAt) {

}
