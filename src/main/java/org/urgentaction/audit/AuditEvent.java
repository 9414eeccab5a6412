package org.urgentaction.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One entry of the audit history.
 */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String subjectType, Long subjectId,
		String details) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/**
	 * The time of the entry as staff read it, in UTC.
	 */
	public String when() {
		return WHEN.format(occurredAt);
	}

	/**
	 * The time of the entry in UTC, for pages that write it in the reader's language.
	 */
	public ZonedDateTime at() {
		return occurredAt.atZone(ZoneOffset.UTC);
	}

}
