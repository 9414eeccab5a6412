package org.urgentaction.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urgentaction.ua.OutcomeType;

/**
 * Reads the facts of every case with a published document in three queries. Analytics is
 * a read model: it reads the tables of cases, action counters and replies directly, and
 * writes nothing.
 */
@Repository
class AnalyticsRepository {

	private final JdbcClient jdbc;

	AnalyticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CaseFacts> publishedCases() {
		Map<Long, Set<String>> themes = themes();
		List<CaseFacts> cases = new ArrayList<>();
		jdbc.sql("""
				select c.id, c.status, c.outcome, c.closed_at,
				    (select min(d.issue_date) from ua_document d
				        where d.case_id = c.id and d.status = 'PUBLISHED') as opened,
				    (select max(d.issue_date) from ua_document d
				        where d.case_id = c.id and d.status = 'PUBLISHED' and d.kind = 'FINAL') as final_day,
				    (select d.country from ua_document d where d.case_id = c.id and d.status = 'PUBLISHED'
				        order by d.sequence, d.id limit 1) as country,
				    (select coalesce(sum(a.actions), 0) from action_counter a join ua_document d on d.id = a.document_id
				        where d.case_id = c.id and a.dimension = 'TOTAL') as actions
				from ua_case c
				where exists (select 1 from ua_document d where d.case_id = c.id and d.status = 'PUBLISHED')
				order by c.id
				""").query((RowCallbackHandler) (rs) -> {
			long id = rs.getLong("id");
			boolean closed = "CLOSED".equals(rs.getString("status"));
			String outcome = rs.getString("outcome");
			LocalDate finalDay = rs.getObject("final_day", LocalDate.class);
			Timestamp closedAt = rs.getTimestamp("closed_at");
			LocalDate outcomeDay = (finalDay != null) ? finalDay
					: (closedAt == null ? null : closedAt.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
			cases.add(new CaseFacts(id, rs.getObject("opened", LocalDate.class), closed,
					(closed && outcome != null) ? OutcomeType.valueOf(outcome) : null, closed ? outcomeDay : null,
					rs.getString("country"), themes.getOrDefault(id, Set.of()), rs.getLong("actions")));
		});
		return cases;
	}

	/** Cases whose action a coordinator stopped for the person's safety. */
	Set<Long> stoppedForSafety() {
		return new HashSet<>(jdbc.sql("select id from ua_case where stop_reason = 'SAFETY'").query(Long.class).list());
	}

	/**
	 * Accepted replies per country of the target they came from ("" when they came from
	 * another official), among {@code caseIds}; only public ones unless {@code all}.
	 */
	Map<String, Long> repliesByTargetCountry(Set<Long> caseIds, boolean all) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (caseIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select r.case_id, coalesce(t.country, '') as country, count(*) as n
				from reply r left join ua_target t on t.id = r.target_id
				where r.status = 'ACCEPTED'""" + (all ? " " : " and r.public_reply = true ") + """
				group by r.case_id, coalesce(t.country, '')
				""").query((RowCallbackHandler) (rs) -> {
			if (caseIds.contains(rs.getLong("case_id"))) {
				counts.merge(rs.getString("country"), rs.getLong("n"), Long::sum);
			}
		});
		return counts;
	}

	private Map<Long, Set<String>> themes() {
		Map<Long, Set<String>> themes = new HashMap<>();
		jdbc.sql("""
				select distinct d.case_id, t.theme from ua_theme t join ua_document d on d.id = t.document_id
				where d.status = 'PUBLISHED'
				""").query((RowCallbackHandler) (rs) -> {
			themes.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>()).add(rs.getString(2));
		});
		return themes;
	}

}
