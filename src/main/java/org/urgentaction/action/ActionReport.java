package org.urgentaction.action;

import java.time.Instant;

/**
 * A stored report as the API returns it. {@code counted} is false for a repeat within the
 * duplicate window and for a held report; {@code held} is true while a report beyond its
 * client's hourly allowance waits for a coordinator (it is stored, not yet public);
 * {@code voided} once staff voided it. The reporter's email is not part of it.
 */
public record ActionReport(long id, long documentId, long caseId, Channel channel, Long targetId, int count,
		String country, String note, boolean counted, boolean held, boolean voided, Instant reportedAt) {

}
