package org.urgentaction.ua;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UaCaseRepository {

	private final JdbcClient jdbc;

	UaCaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UaCase> findById(long id) {
		return jdbc.sql("select * from ua_case where id = :id").param("id", id).query(UaCaseRepository::map).optional();
	}

	Optional<UaCase> findByNumber(String uaNumber) {
		return jdbc.sql("select * from ua_case where ua_number = :number")
			.param("number", uaNumber)
			.query(UaCaseRepository::map)
			.optional();
	}

	long insert(String uaNumber, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into ua_case (ua_number, status, created_at) values (:number, 'OPEN', :now)")
			.param("number", uaNumber)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Closes an open case, or corrects the outcome of a closed one; true only when the
	 * case was open.
	 */
	boolean close(long id, Outcome outcome, Instant now) {
		int closed = jdbc.sql("""
				update ua_case set status = 'CLOSED', outcome = :outcome, outcome_note = :note, closed_at = :now
				where id = :id and status = 'OPEN'
				""")
			.param("outcome", outcome.type().name())
			.param("note", outcome.note())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		if (closed == 0) {
			jdbc.sql("update ua_case set outcome = :outcome, outcome_note = :note where id = :id")
				.param("outcome", outcome.type().name())
				.param("note", outcome.note())
				.param("id", id)
				.update();
		}
		return closed == 1;
	}

	void reopen(long id) {
		jdbc.sql(
				"update ua_case set status = 'OPEN', outcome = null, outcome_note = null, closed_at = null where id = :id")
			.param("id", id)
			.update();
	}

	void stop(long id, CaseStop stop) {
		jdbc.sql("update ua_case set stop_reason = :reason, stop_message = :message, stopped_at = :at where id = :id")
			.param("reason", (stop == null) ? null : stop.reason().name())
			.param("message", (stop == null) ? null : stop.message())
			.param("at", (stop == null) ? null : Timestamp.from(stop.stoppedAt()))
			.param("id", id)
			.update();
	}

	void safety(long id, SafetyAdvice safety) {
		jdbc.sql("update ua_case set safety_advice = :advice, anonymous_reports = :anonymous where id = :id")
			.param("advice", safety.advice())
			.param("anonymous", safety.anonymousReports())
			.param("id", id)
			.update();
	}

	private static UaCase map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String outcome = rs.getString("outcome");
		Timestamp closedAt = rs.getTimestamp("closed_at");
		String stopReason = rs.getString("stop_reason");
		CaseStop stop = (stopReason == null) ? null : new CaseStop(StopReason.valueOf(stopReason),
				rs.getString("stop_message"), rs.getTimestamp("stopped_at").toInstant());
		return new UaCase(rs.getLong("id"), rs.getString("ua_number"), "CLOSED".equals(rs.getString("status")),
				outcome == null ? null : new Outcome(OutcomeType.valueOf(outcome), rs.getString("outcome_note")),
				closedAt == null ? null : closedAt.toInstant(), stop,
				new SafetyAdvice(rs.getString("safety_advice"), rs.getBoolean("anonymous_reports")));
	}

}
