package org.urgentaction.action;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Inserts the reports of a batch: with one JDBC batch that generates their ids, or on
 * PostgreSQL with one statement over arrays and the ids allocated when the batch claimed
 * its idempotency keys.
 */
@Component
class ReportRows {

	private final JdbcTemplate jdbc;

	ReportRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> insert(List<NewReport> reports, List<Long> caseIds, List<ReportBatch.Verdict> verdicts, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Timestamp at = Timestamp.from(now);
		jdbc.batchUpdate((connection) -> connection.prepareStatement("""
				insert into action_report (document_id, case_id, channel, target_id, action_count, country,
				    reporter_key, email, consent, note, counted, held, reported_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" }),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int j) throws SQLException {
						NewReport r = reports.get(j);
						ps.setLong(1, r.documentId());
						ps.setLong(2, caseIds.get(j));
						ps.setString(3, r.channel().name());
						if (r.targetId() == null) {
							ps.setNull(4, Types.BIGINT);
						}
						else {
							ps.setLong(4, r.targetId());
						}
						ps.setInt(5, r.count());
						ps.setString(6, r.country());
						ps.setString(7, r.reporterKey());
						ps.setString(8, r.storedEmail());
						ps.setBoolean(9, r.consent());
						ps.setString(10, r.note());
						ps.setBoolean(11, verdicts.get(j).counted());
						ps.setBoolean(12, verdicts.get(j).held());
						ps.setTimestamp(13, at);
					}

					@Override
					public int getBatchSize() {
						return reports.size();
					}

				}, keys);
		List<Long> ids = keys.getKeyList()
			.stream()
			.map((row) -> ((Number) row.get(row.keySet().iterator().next())).longValue())
			.toList();
		if (ids.size() != reports.size()) {
			throw new IllegalStateException("Expected " + reports.size() + " generated ids, got " + ids.size());
		}
		return ids;
	}

	/**
	 * PostgreSQL: inserts the reports with the ids allocated for them, in one statement.
	 */
	void insert(List<NewReport> reports, List<Long> ids, List<Long> caseIds, List<ReportBatch.Verdict> verdicts,
			Instant now) {
		jdbc.update((connection) -> {
			PreparedStatement ps = connection.prepareStatement("""
					insert into action_report (id, document_id, case_id, channel, target_id, action_count, country,
					    reporter_key, email, consent, note, counted, held, reported_at)
					select r.*, ? from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::int[],
					    ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::boolean[], ?::boolean[]) as r""");
			ps.setTimestamp(1, Timestamp.from(now));
			ps.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
			ps.setArray(3, connection.createArrayOf("bigint", reports.stream().map(NewReport::documentId).toArray()));
			ps.setArray(4, connection.createArrayOf("bigint", caseIds.toArray()));
			ps.setArray(5, connection.createArrayOf("text", reports.stream().map((r) -> r.channel().name()).toArray()));
			ps.setArray(6, connection.createArrayOf("bigint", reports.stream().map(NewReport::targetId).toArray()));
			ps.setArray(7, connection.createArrayOf("int4", reports.stream().map(NewReport::count).toArray()));
			ps.setArray(8, connection.createArrayOf("text", reports.stream().map(NewReport::country).toArray()));
			ps.setArray(9, connection.createArrayOf("text", reports.stream().map(NewReport::reporterKey).toArray()));
			ps.setArray(10, connection.createArrayOf("text", reports.stream().map(NewReport::storedEmail).toArray()));
			ps.setArray(11, connection.createArrayOf("boolean", reports.stream().map(NewReport::consent).toArray()));
			ps.setArray(12, connection.createArrayOf("text", reports.stream().map(NewReport::note).toArray()));
			ps.setArray(13,
					connection.createArrayOf("boolean", verdicts.stream().map(ReportBatch.Verdict::counted).toArray()));
			ps.setArray(14,
					connection.createArrayOf("boolean", verdicts.stream().map(ReportBatch.Verdict::held).toArray()));
			return ps;
		});
	}

}
