package org.urgentaction.action;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.urgentaction.system.Database;

/**
 * Adds deltas to rows that may not exist yet. Rows are given sorted by key so that
 * concurrent transactions lock them in the same order; each row is the deltas first, then
 * the key. On PostgreSQL one statement does it ({@code INSERT ... SELECT FROM unnest(...)
 * ON CONFLICT DO UPDATE}); elsewhere, in SQL that H2 also accepts: update; insert what
 * was missing (ON CONFLICT DO NOTHING, since another node may insert the same row at the
 * same moment); update again what lost that race.
 */
final class Upsert {

	/** A key column and its PostgreSQL type. */
	record Key(String column, String type) {
	}

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	private final String update;

	private final String insert;

	private final String merge;

	private final String returning;

	private final int deltas;

	/**
	 * @param deltas the columns the deltas are added to, all {@code bigint}
	 */
	Upsert(JdbcTemplate jdbc, Database database, String table, List<Key> keys, List<String> deltas) {
		this.jdbc = jdbc;
		this.postgres = database.postgres();
		this.deltas = deltas.size();
		String keyColumns = keys.stream().map(Key::column).collect(Collectors.joining(", "));
		String deltaColumns = String.join(", ", deltas);
		this.update = "update " + table + " set "
				+ deltas.stream().map((d) -> d + " = " + d + " + ?").collect(Collectors.joining(", ")) + " where "
				+ keys.stream().map((k) -> k.column() + " = ?").collect(Collectors.joining(" and "));
		this.insert = "insert into " + table + " (" + keyColumns + ", " + deltaColumns + ") values ("
				+ "?, ".repeat(keys.size() + deltas.size() - 1) + "?) on conflict do nothing";
		List<String> arrays = new ArrayList<>();
		keys.forEach((k) -> arrays.add("?::text[]::" + k.type() + "[]"));
		deltas.forEach((d) -> arrays.add("?::bigint[]"));
		this.merge = "insert into " + table + " (" + keyColumns + ", " + deltaColumns + ") select * from unnest("
				+ String.join(", ", arrays) + ") on conflict (" + keyColumns + ") do update set "
				+ deltas.stream()
					.map((d) -> d + " = " + table + "." + d + " + excluded." + d)
					.collect(Collectors.joining(", "));
		this.returning = " returning " + keyColumns + ", " + deltaColumns;
	}

	void apply(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (postgres) {
			jdbc.update((connection) -> merge(connection, merge, rows));
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

	/**
	 * PostgreSQL only: applies the rows and returns, per row changed, the key columns and
	 * the new values of the delta columns.
	 */
	List<Object[]> applyReturning(List<Object[]> rows) {
		if (!postgres) {
			throw new IllegalStateException("Only on PostgreSQL");
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		int columns = rows.get(0).length;
		return jdbc.query((connection) -> merge(connection, merge + returning, rows), (rs, n) -> {
			Object[] row = new Object[columns];
			for (int c = 0; c < columns; c++) {
				row[c] = rs.getObject(c + 1);
			}
			return row;
		});
	}

	/**
	 * The merge statement with one array per column: the keys as text (cast in SQL), the
	 * deltas as bigint.
	 */
	private PreparedStatement merge(Connection connection, String sql, List<Object[]> rows) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		int columns = rows.get(0).length;
		int keys = columns - deltas;
		for (int c = 0; c < columns; c++) {
			boolean key = c < keys;
			int from = key ? deltas + c : c - keys;
			Object[] values = rows.stream().map((row) -> key ? text(row[from]) : row[from]).toArray();
			statement.setArray(c + 1, connection.createArrayOf(key ? "text" : "bigint", values));
		}
		return statement;
	}

	private static Object text(Object value) {
		return (value instanceof Timestamp timestamp) ? timestamp.toInstant().toString() : value.toString();
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
