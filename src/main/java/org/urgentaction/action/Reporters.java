package org.urgentaction.action;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.urgentaction.system.Database;

/**
 * How many counted reports each reporter has per document and per case. Locking a
 * reporter's rows first makes concurrent reports of the same person (from any node) wait
 * for each other, so a repeat is always seen as one.
 */
@Component
class Reporters {

	static final String DOCUMENT = "D";

	static final String CASE = "C";

	private final Upsert counts;

	private final NamedParameterJdbcTemplate named;

	private final boolean postgres;

	Reporters(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Database database) {
		this.named = named;
		this.postgres = database.postgres();
		this.counts = new Upsert(
				jdbc, database, "action_reporter", List.of(new Upsert.Key("scope", "varchar"),
						new Upsert.Key("scope_id", "bigint"), new Upsert.Key("reporter_key", "varchar")),
				List.of("counted_reports"));
	}

	record Ref(String scope, long scopeId, String key) implements Comparable<Ref> {

		@Override
		public int compareTo(Ref other) {
			int byScope = scope.compareTo(other.scope);
			if (byScope != 0) {
				return byScope;
			}
			int byId = Long.compare(scopeId, other.scopeId);
			return (byId != 0) ? byId : key.compareTo(other.key);
		}

	}

	/**
	 * Locks the reporters' rows (creating them) and returns their counted reports.
	 */
	Map<Ref, Long> lock(Collection<Ref> refs) {
		Set<Ref> sorted = new TreeSet<>(refs);
		if (sorted.isEmpty()) {
			return new HashMap<>();
		}
		List<Object[]> rows = sorted.stream()
			.map((ref) -> new Object[] { 0L, ref.scope(), ref.scopeId(), ref.key() })
			.toList();
		Map<Ref, Long> found = new HashMap<>();
		if (postgres) {
			for (Object[] row : counts.applyReturning(rows)) {
				found.put(new Ref((String) row[0], ((Number) row[1]).longValue(), (String) row[2]),
						((Number) row[3]).longValue());
			}
			return found;
		}
		counts.apply(rows);
		Map<String, Object> params = Map.of("ids", sorted.stream().map(Ref::scopeId).distinct().toList(), "keys",
				sorted.stream().map(Ref::key).distinct().toList());
		named.query("select scope, scope_id, reporter_key, counted_reports from action_reporter "
				+ "where scope_id in (:ids) and reporter_key in (:keys)", params, (rs) -> {
					Ref ref = new Ref(rs.getString(1), rs.getLong(2), rs.getString(3));
					if (sorted.contains(ref)) {
						found.put(ref, rs.getLong(4));
					}
				});
		return found;
	}

	void add(Map<Ref, Long> deltas) {
		List<Object[]> rows = new ArrayList<>();
		new TreeMap<>(deltas).forEach((ref, delta) -> {
			if (delta != 0) {
				rows.add(new Object[] { delta, ref.scope(), ref.scopeId(), ref.key() });
			}
		});
		counts.apply(rows);
	}

}
