package org.urgentaction.action;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Inserts the reports of a batch with one JDBC batch and records which report each
 * claimed idempotency key produced.
 */
@Component
class ReportRows {

	private final JdbcTemplate jdbc;

	ReportRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> insert(List<NewReport> reports, List<Long> caseIds, List<Boolean> counted, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Timestamp at = Timestamp.from(now);
		jdbc.batchUpdate((connection) -> connection.prepareStatement("""
				insert into action_report (document_id, case_id, channel, target_id, action_count, country,
				    reporter_key, email, consent, note, counted, client_address, reported_at)
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
						ps.setString(8, r.email());
						ps.setBoolean(9, r.consent());
						ps.setString(10, r.note());
						ps.setBoolean(11, counted.get(j));
						ps.setString(12, r.clientAddress());
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

	void recordIdempotencyResults(List<NewReport> reports, List<Long> ids) {
		List<Object[]> rows = new ArrayList<>();
		for (int j = 0; j < reports.size(); j++) {
			if (reports.get(j).idempotencyKey() != null) {
				rows.add(new Object[] { ids.get(j), reports.get(j).documentId(), reports.get(j).idempotencyKey() });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("update action_idempotency set report_id = ? where document_id = ? and idem_key = ?",
					rows);
		}
	}

}
