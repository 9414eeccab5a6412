package org.urgentaction.action;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds deltas to rows that may not exist yet, in SQL that both PostgreSQL and H2 accept:
 * update; insert what was missing (ON CONFLICT DO NOTHING, since another node may insert
 * the same row at the same moment); update again what lost that race. Rows are given
 * sorted by key so that concurrent transactions lock them in the same order. Each row is
 * the update's arguments: the deltas first, then the key.
 */
final class Upsert {

	private final JdbcTemplate jdbc;

	private final String update;

	private final String insert;

	private final int deltas;

	/**
	 * @param update sets the deltas and selects by the key, e.g.
	 * {@code update t set n = n + ? where k = ?}
	 * @param insert inserts the key and then the deltas, e.g.
	 * {@code insert into t (k, n) values (?, ?) on conflict do nothing}
	 * @param deltas how many of the update's arguments are deltas
	 */
	Upsert(JdbcTemplate jdbc, String update, String insert, int deltas) {
		this.jdbc = jdbc;
		this.update = update;
		this.insert = insert;
		this.deltas = deltas;
	}

	void apply(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object[]> missing = affectedNone(rows, jdbc.batchUpdate(update, rows));
		if (missing.isEmpty()) {
			return;
		}
		List<Object[]> inserts = missing.stream().map(this::asInsert).toList();
		List<Object[]> lost = affectedNone(missing, jdbc.batchUpdate(insert, inserts));
		if (!lost.isEmpty()) {
			List<Object[]> stillMissing = affectedNone(lost, jdbc.batchUpdate(update, lost));
			if (!stillMissing.isEmpty()) {
				throw new IllegalStateException("Row neither inserted nor updated: " + update);
			}
		}
	}

	private Object[] asInsert(Object[] updateArgs) {
		Object[] args = new Object[updateArgs.length];
		int keys = updateArgs.length - deltas;
		System.arraycopy(updateArgs, deltas, args, 0, keys);
		System.arraycopy(updateArgs, 0, args, keys, deltas);
		return args;
	}

	static List<Object[]> affectedNone(List<Object[]> rows, int[] counts) {
		List<Object[]> none = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (counts[i] == Statement.SUCCESS_NO_INFO || counts[i] == Statement.EXECUTE_FAILED) {
				throw new IllegalStateException("The JDBC driver did not report row counts (reWriteBatchedInserts?)");
			}
			if (counts[i] == 0) {
				none.add(rows.get(i));
			}
		}
		return none;
	}

}
