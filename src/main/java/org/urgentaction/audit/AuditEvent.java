package org.urgentaction.audit;

import java.time.Instant;

/**
 * One entry of the audit history.
 */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String subjectType, Long subjectId,
		String details) {

}
