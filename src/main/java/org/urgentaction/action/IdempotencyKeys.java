package org.urgentaction.action;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.urgentaction.system.Database;

/**
 * Claims the idempotency keys of a batch (primary key per document and key, so a key sent
 * to two nodes at once is claimed once): a report whose key was claimed before, by an
 * earlier batch, another node or an earlier report of this batch, is a replay. On
 * PostgreSQL the same statement allocates the ids of every report that will be stored, so
 * a claim records its report at once; elsewhere the reports' ids are recorded after the
 * insert.
 */
@Component
class IdempotencyKeys {

	private static final String NEXT_REPORT_ID = "nextval(pg_get_serial_sequence('action_report', 'id'))";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	IdempotencyKeys(JdbcTemplate jdbc, Database database) {
		this.jdbc = jdbc;
		this.postgres = database.postgres();
	}

	/**
	 * What the claim found: which reports are replays and, on PostgreSQL, the ids of the
	 * others (null elsewhere).
	 */
	record Claims(boolean[] replay, Long[] ids) {
	}

	private record Key(long documentId, String key) {
	}

	/**
	 * Claims the keys of the reports that are {@code storing} (not refused so far).
	 */
	Claims claim(List<NewReport> batch, boolean[] storing, Instant now) {
		boolean[] replay = new boolean[batch.size()];
		Map<Key, Integer> firsts = new HashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			String key = batch.get(i).idempotencyKey();
			if (storing[i] && key != null && firsts.putIfAbsent(new Key(batch.get(i).documentId(), key), i) != null) {
				replay[i] = true;
			}
		}
		List<Key> keys = new ArrayList<>(firsts.keySet());
		keys.sort(Comparator.comparingLong(Key::documentId).thenComparing(Key::key));
		if (!postgres) {
			for (Key taken : alreadyClaimed(keys, now)) {
				replay[firsts.get(taken)] = true;
			}
			return new Claims(replay, null);
		}
		int withoutKey = 0;
		for (int i = 0; i < batch.size(); i++) {
			withoutKey += (storing[i] && batch.get(i).idempotencyKey() == null) ? 1 : 0;
		}
		Map<Key, Long> claimed = new HashMap<>();
		Deque<Long> spareIds = new ArrayDeque<>();
		if (!keys.isEmpty() || withoutKey > 0) {
			claimAndAllocate(keys, withoutKey, now, claimed, spareIds);
		}
		Long[] ids = new Long[batch.size()];
		for (int i = 0; i < batch.size(); i++) {
			if (!storing[i] || replay[i]) {
				continue;
			}
			NewReport report = batch.get(i);
			if (report.idempotencyKey() == null) {
				ids[i] = spareIds.pop();
			}
			else {
				ids[i] = claimed.get(new Key(report.documentId(), report.idempotencyKey()));
				replay[i] = ids[i] == null;
			}
		}
		return new Claims(replay, ids);
	}

	/**
	 * Portable: inserts the keys and returns those that existed already.
	 */
	private Set<Key> alreadyClaimed(List<Key> keys, Instant now) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		List<Object[]> rows = keys.stream()
			.map((k) -> new Object[] { k.documentId(), k.key(), Timestamp.from(now) })
			.toList();
		int[] inserted = jdbc.batchUpdate("insert into action_idempotency (document_id, idem_key, created_at) "
				+ "values (?, ?, ?) on conflict do nothing", rows);
		Set<Key> taken = new HashSet<>();
		for (Object[] row : Upsert.affectedNone(rows, inserted)) {
			taken.add(new Key((Long) row[0], (String) row[1]));
		}
		return taken;
	}

	/**
	 * PostgreSQL: one statement inserts the keys with newly allocated report ids (keys
	 * that existed already are not returned) and allocates the ids of the reports without
	 * a key.
	 */
	private void claimAndAllocate(List<Key> keys, int withoutKey, Instant now, Map<Key, Long> claimed,
			Deque<Long> spareIds) {
		jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					with claimed as (
					  insert into action_idempotency (document_id, idem_key, created_at, report_id)
					  select k.document_id, k.idem_key, ?, %s
					  from unnest(?::bigint[], ?::text[]) as k (document_id, idem_key)
					  on conflict do nothing
					  returning document_id, idem_key, report_id)
					select document_id, idem_key, report_id from claimed
					union all
					select null, null, %s from generate_series(1, ?)""".formatted(NEXT_REPORT_ID, NEXT_REPORT_ID));
			Array documents = connection.createArrayOf("bigint", keys.stream().map(Key::documentId).toArray());
			Array values = connection.createArrayOf("text", keys.stream().map(Key::key).toArray());
			statement.setTimestamp(1, Timestamp.from(now));
			statement.setArray(2, documents);
			statement.setArray(3, values);
			statement.setInt(4, withoutKey);
			return statement;
		}, (rs) -> {
			long id = rs.getLong(3);
			String key = rs.getString(2);
			if (key == null) {
				spareIds.push(id);
			}
			else {
				claimed.put(new Key(rs.getLong(1), key), id);
			}
		});
	}

	/**
	 * Portable: records which report each claimed key produced (on PostgreSQL the claim
	 * did).
	 */
	void recordResults(List<NewReport> reports, List<Long> ids) {
		if (postgres) {
			return;
		}
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
