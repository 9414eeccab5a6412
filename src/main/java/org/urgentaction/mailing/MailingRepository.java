package org.urgentaction.mailing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mailings (table {@code mailing}) and their progress.
 */
@Repository
class MailingRepository {

	private final JdbcClient jdbc;

	MailingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Plans a mailing unless one with the same key exists (a document published again, a
	 * digest planned by two nodes): each happens once.
	 */
	void plan(MailingKind kind, String dedupKey, Long documentId, Long caseId, String documentKind, Instant periodStart,
			Instant periodEnd, Instant now) {
		jdbc.sql("""
				insert into mailing (kind, dedup_key, document_id, case_id, document_kind, status, period_start,
				    period_end, created_at)
				values (:kind, :key, :document, :case, :documentKind, 'PLANNED', :start, :end, :now)
				on conflict do nothing""")
			.param("kind", kind.name())
			.param("key", dedupKey)
			.param("document", documentId)
			.param("case", caseId)
			.param("documentKind", documentKind)
			.param("start", periodStart == null ? null : Timestamp.from(periodStart))
			.param("end", periodEnd == null ? null : Timestamp.from(periodEnd))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * The next planned mailing, locked for this transaction; another node skips it.
	 */
	Optional<Planned> claimPlanned() {
		return jdbc.sql("""
				select id, kind, document_id, case_id, document_kind, period_start, period_end from mailing
				where status = 'PLANNED' order by id limit 1 for update skip locked""").query((rs, row) -> {
			Timestamp start = rs.getTimestamp("period_start");
			Timestamp end = rs.getTimestamp("period_end");
			long document = rs.getLong("document_id");
			return new Planned(rs.getLong("id"), MailingKind.valueOf(rs.getString("kind")),
					rs.wasNull() ? null : document, rs.getLong("case_id"), rs.getString("document_kind"),
					start == null ? null : start.toInstant(), end == null ? null : end.toInstant());
		}).optional();
	}

	void markExpanded(long id, int recipients, Instant now) {
		jdbc.sql("update mailing set status = 'SENDING', recipients = :n, planned_at = :now where id = :id")
			.param("n", recipients)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	boolean stop(long id, String actor, Instant now) {
		return jdbc.sql("""
				update mailing set status = 'STOPPED', stopped_at = :now, stopped_by = :actor
				where id = :id and status <> 'STOPPED'""")
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.param("id", id)
			.update() == 1;
	}

	List<Mailing> recent(int limit) {
		Map<Long, Map<String, Long>> counts = new HashMap<>();
		jdbc.sql("""
				select o.mailing_id, o.status, count(*) from outbox_message o
				where o.mailing_id in (select id from mailing order by id desc limit :limit)
				group by o.mailing_id, o.status""").param("limit", limit).query((rs) -> {
			counts.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
		});
		jdbc.sql("""
				select mailing_id, count(*) from mail_bounce
				where mailing_id in (select id from mailing order by id desc limit :limit) and kind <> 'COMPLAINT'
				group by mailing_id""").param("limit", limit).query((rs) -> {
			counts.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put("BOUNCED", rs.getLong(2));
		});
		return jdbc.sql("select * from mailing order by id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> map(rs, counts.getOrDefault(rs.getLong("id"), Map.of())))
			.list();
	}

	private static Mailing map(ResultSet rs, Map<String, Long> counts) throws SQLException {
		Timestamp stopped = rs.getTimestamp("stopped_at");
		long document = rs.getLong("document_id");
		Long documentId = rs.wasNull() ? null : document;
		long caseValue = rs.getLong("case_id");
		Long caseId = rs.wasNull() ? null : caseValue;
		Mailing.Progress progress = new Mailing.Progress(counts.getOrDefault("QUEUED", 0L),
				counts.getOrDefault("SENDING", 0L), counts.getOrDefault("SENT", 0L),
				counts.getOrDefault("HANDED_OVER", 0L), counts.getOrDefault("FAILED", 0L),
				counts.getOrDefault("CANCELLED", 0L), counts.getOrDefault("BOUNCED", 0L));
		return new Mailing(rs.getLong("id"), MailingKind.valueOf(rs.getString("kind")), documentId, caseId,
				rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
				stopped == null ? null : stopped.toInstant(), rs.getString("stopped_by"), progress);
	}

	/**
	 * A mailing waiting to be expanded into messages.
	 */
	record Planned(long id, MailingKind kind, Long documentId, long caseId, String documentKind, Instant periodStart,
			Instant periodEnd) {
	}

}
