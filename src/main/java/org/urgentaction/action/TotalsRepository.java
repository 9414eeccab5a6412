package org.urgentaction.action;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the running counts: a few hundred rows at most per document, whatever the number
 * of reports.
 */
@Repository
class TotalsRepository {

	private final JdbcClient jdbc;

	TotalsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(String dimension, String key, long actions, long reports) {
	}

	/** What the totals of a document need to know of it. */
	record DocumentRef(long id, long caseId, boolean published) {
	}

	java.util.Optional<DocumentRef> document(long documentId) {
		return jdbc.sql("select id, case_id, status from ua_document where id = :id")
			.param("id", documentId)
			.query((rs, n) -> new DocumentRef(rs.getLong(1), rs.getLong(2), "PUBLISHED".equals(rs.getString(3))))
			.optional();
	}

	List<Long> documentsOfCase(long caseId) {
		return jdbc.sql("select id from ua_document where case_id = :id").param("id", caseId).query(Long.class).list();
	}

	ActionTotals forDocument(long documentId) {
		return totals(jdbc
			.sql("select dimension, dim_key, actions, reports from action_counter "
					+ "where document_id = :id and (actions <> 0 or reports <> 0)")
			.param("id", documentId)
			.query(TotalsRepository::row)
			.list(), null);
	}

	/**
	 * The sums of the documents of a case, with the case's own count of distinct
	 * reporters.
	 */
	ActionTotals forCase(long caseId) {
		List<Row> rows = jdbc
			.sql("select c.dimension, c.dim_key, sum(c.actions) as actions, sum(c.reports) as reports "
					+ "from action_counter c join ua_document d on d.id = c.document_id where d.case_id = :id "
					+ "group by c.dimension, c.dim_key having sum(c.actions) <> 0 or sum(c.reports) <> 0")
			.param("id", caseId)
			.query(TotalsRepository::row)
			.list();
		Long reporters = jdbc.sql("select reporters from action_case_counter where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.optional()
			.orElse(0L);
		return totals(rows, reporters);
	}

	/**
	 * All documents together; reporters are summed over cases.
	 */
	ActionTotals all() {
		List<Row> rows = jdbc
			.sql("select dimension, dim_key, sum(actions) as actions, sum(reports) as reports "
					+ "from action_counter where dimension <> 'TARGET' and dimension <> 'REPORTERS' "
					+ "group by dimension, dim_key having sum(actions) <> 0 or sum(reports) <> 0")
			.query(TotalsRepository::row)
			.list();
		Long reporters = jdbc.sql("select coalesce(sum(reporters), 0) from action_case_counter")
			.query(Long.class)
			.single();
		return totals(rows, reporters);
	}

	/**
	 * Totals of many documents at once (the public list): actions and countries only.
	 */
	Map<Long, long[]> actionsAndCountriesByCase(List<Long> caseIds) {
		Map<Long, long[]> result = new HashMap<>();
		if (caseIds.isEmpty()) {
			return result;
		}
		jdbc.sql("select d.case_id, c.dimension, count(distinct c.dim_key), sum(c.actions) from action_counter c "
				+ "join ua_document d on d.id = c.document_id where d.case_id in (:ids) "
				+ "and c.dimension in ('TOTAL', 'COUNTRY') and c.actions > 0 group by d.case_id, c.dimension")
			.param("ids", caseIds)
			.query((rs) -> {
				long[] values = result.computeIfAbsent(rs.getLong(1), (id) -> new long[2]);
				if (Counters.TOTAL.equals(rs.getString(2))) {
					values[0] = rs.getLong(4);
				}
				else {
					values[1] = rs.getLong(3);
				}
			});
		return result;
	}

	/** A document with its counted actions, for the staff's overview. */
	record DocumentActions(long documentId, String uaNumber, String title, long actions) {
	}

	List<DocumentActions> topDocuments(int limit) {
		return jdbc
			.sql("select d.id, d.ua_number, d.title, c.actions from action_counter c "
					+ "join ua_document d on d.id = c.document_id where c.dimension = 'TOTAL' and c.actions > 0 "
					+ "order by c.actions desc, d.id desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new DocumentActions(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** Every counter of every document, for the CSV export. */
	void eachCounter(org.springframework.jdbc.core.RowCallbackHandler handler) {
		jdbc.sql("select d.ua_number, c.document_id, c.dimension, c.dim_key, c.actions, c.reports "
				+ "from action_counter c join ua_document d on d.id = c.document_id "
				+ "order by d.ua_number, c.document_id, c.dimension, c.dim_key")
			.query(handler);
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
	}

	private static ActionTotals totals(List<Row> rows, Long caseReporters) {
		Map<String, List<Row>> byDimension = rows.stream().collect(Collectors.groupingBy(Row::dimension));
		Row total = byDimension.getOrDefault(Counters.TOTAL, List.of()).stream().findFirst().orElse(null);
		long reporters = (caseReporters != null) ? caseReporters
				: byDimension.getOrDefault(Counters.REPORTERS, List.of()).stream().mapToLong(Row::actions).sum();
		return new ActionTotals((total == null) ? 0 : total.actions(), (total == null) ? 0 : total.reports(), reporters,
				largestFirst(byDimension.get(Counters.CHANNEL)), largestFirst(byDimension.get(Counters.TARGET)),
				largestFirst(byDimension.get(Counters.COUNTRY)), largestFirst(byDimension.get(Counters.DAY)));
	}

	private static Map<String, Long> largestFirst(List<Row> rows) {
		if (rows == null) {
			return Map.of();
		}
		return rows.stream()
			.filter((row) -> row.actions() != 0)
			.sorted(Comparator.comparingLong(Row::actions).reversed().thenComparing(Row::key))
			.collect(Collectors.toMap(Row::key, Row::actions, (a, b) -> a, LinkedHashMap::new));
	}

}
