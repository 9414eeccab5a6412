package org.urgentaction.action;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated report waiting to be stored. {@code reporterKey} identifies the reporter (a
 * hash of the email or of the anonymous cookie) or is null; {@code cookieKey} is the hash
 * of the cookie also when an email was given; {@code clientKey} is the keyed hash of the
 * client address. None of them holds anything in clear.
 */
record NewReport(long documentId, Channel channel, Long targetId, int count, String country, String email,
		boolean consent, String note, String reporterKey, String cookieKey, String clientKey, String idempotencyKey) {

	/**
	 * The address is kept with the report only when the reporter asked for updates;
	 * otherwise its hash, the reporter key, is enough.
	 */
	String storedEmail() {
		return consent ? email : null;
	}

	/**
	 * Who this report is charged to in the hourly allowance: the client address, the
	 * reporter, and the cookie when the reporter is an email.
	 */
	List<String> allowanceBuckets() {
		List<String> buckets = new ArrayList<>(3);
		if (clientKey != null) {
			buckets.add("a:" + clientKey);
		}
		if (reporterKey != null) {
			buckets.add("r:" + reporterKey);
		}
		if (cookieKey != null && !cookieKey.equals(reporterKey)) {
			buckets.add("r:" + cookieKey);
		}
		return buckets;
	}

}
