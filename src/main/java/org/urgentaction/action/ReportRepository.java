package org.urgentaction.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads stored reports (they are written by {@link ReportBatch} and voided by
 * {@link ReportVoids}).
 */
@Repository
class ReportRepository {

	static final String COLUMNS = "r.id, r.document_id, r.case_id, r.channel, r.target_id, r.action_count, "
			+ "r.country, r.note, r.counted, r.held, r.reported_at, "
			+ "(select count(*) from action_void v where v.report_id = r.id) as voided";

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ActionReport> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from action_report r where r.id = :id")
			.param("id", id)
			.query(ReportRepository::map)
			.optional();
	}

	Optional<ActionReport> findByIdempotencyKey(long documentId, String key) {
		return jdbc
			.sql("select " + COLUMNS + " from action_report r join action_idempotency i on i.report_id = r.id "
					+ "where i.document_id = :documentId and i.idem_key = :key")
			.param("documentId", documentId)
			.param("key", key)
			.query(ReportRepository::map)
			.optional();
	}

	/**
	 * The newest reports of documents, with the void reason, for staff.
	 */
	List<ReportLine> recent(List<Long> documentIds, int limit) {
		return jdbc
			.sql("select " + COLUMNS + ", v.reason as void_reason, v.voided_by "
					+ "from action_report r left join action_void v on v.report_id = r.id "
					+ "where r.document_id in (:ids) order by r.id desc limit :limit")
			.param("ids", documentIds)
			.param("limit", limit)
			.query((rs, n) -> new ReportLine(map(rs, n), rs.getString("void_reason"), rs.getString("voided_by")))
			.list();
	}

	record ReportLine(ActionReport report, String voidReason, String voidedBy) {
	}

	static ActionReport map(ResultSet rs, int row) throws SQLException {
		long target = rs.getLong("target_id");
		Long targetId = rs.wasNull() ? null : target;
		Timestamp at = rs.getTimestamp("reported_at");
		return new ActionReport(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("case_id"),
				Channel.valueOf(rs.getString("channel")), targetId, rs.getInt("action_count"), rs.getString("country"),
				rs.getString("note"), rs.getBoolean("counted"), rs.getBoolean("held"), rs.getLong("voided") > 0,
				at.toInstant());
	}

}
