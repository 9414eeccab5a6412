package org.urgentaction.action;

/**
 * A validated report waiting to be stored. {@code reporterKey} identifies the reporter (a
 * hash of the email or of the anonymous cookie) or is null.
 */
record NewReport(long documentId, Channel channel, Long targetId, int count, String country, String email,
		boolean consent, String note, String reporterKey, String clientAddress, String idempotencyKey) {

}
