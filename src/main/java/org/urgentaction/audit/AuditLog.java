package org.urgentaction.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only history of what staff did. Entries are written in the transaction of
 * the change they describe and never changed or removed.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String actor, String action, String subjectType, Long subjectId, String details) {
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, subject_type, subject_id, details)
				values (:at, :actor, :action, :subjectType, :subjectId, :details)
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor == null ? "system" : actor)
			.param("action", action)
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.param("details", details == null ? null : truncate(details))
			.update();
	}

	public List<AuditEvent> recent(int limit) {
		return jdbc.sql("select * from audit_event order by id desc limit :limit")
			.param("limit", limit)
			.query(AuditEvent.class)
			.list();
	}

	/**
	 * One page of the history, newest first.
	 */
	public List<AuditEvent> page(int page, int size) {
		return jdbc.sql("select * from audit_event order by id desc limit :limit offset :offset")
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(AuditEvent.class)
			.list();
	}

	public long count() {
		return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	public List<AuditEvent> forSubject(String subjectType, long subjectId) {
		return jdbc.sql("select * from audit_event where subject_type = :type and subject_id = :id order by id desc")
			.param("type", subjectType)
			.param("id", subjectId)
			.query(AuditEvent.class)
			.list();
	}

	private static String truncate(String details) {
		return details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
	}

}
