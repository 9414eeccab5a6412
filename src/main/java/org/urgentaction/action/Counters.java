package org.urgentaction.action;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.urgentaction.system.Database;

/**
 * The running counts behind the totals, changed in the transaction that stores or voids
 * reports. Changes are summed per row first, so a batch of reports on one UA touches each
 * counter row once.
 */
@Component
class Counters {

	static final String TOTAL = "TOTAL";

	static final String CHANNEL = "CHANNEL";

	static final String TARGET = "TARGET";

	static final String COUNTRY = "COUNTRY";

	static final String DAY = "DAY";

	static final String REPORTERS = "REPORTERS";

	/** Held reports: not in the public totals, waiting for a coordinator. */
	static final String HELD = "HELD";

	static final String NO_TARGET = "none";

	private final Upsert documentCounters;

	private final Upsert caseCounters;

	Counters(JdbcTemplate jdbc, Database database) {
		this.documentCounters = new Upsert(
				jdbc, database, "action_counter", List.of(new Upsert.Key("document_id", "bigint"),
						new Upsert.Key("dimension", "varchar"), new Upsert.Key("dim_key", "varchar")),
				List.of("actions", "reports"));
		this.caseCounters = new Upsert(jdbc, database, "action_case_counter",
				List.of(new Upsert.Key("case_id", "bigint")), List.of("reporters"));
	}

	/**
	 * Changes to apply together; {@code sign} is +1 for stored reports and -1 for voided.
	 */
	static final class Delta {

		private final Map<String, long[]> documentRows = new TreeMap<>();

		private final Map<Long, long[]> caseReporters = new TreeMap<>();

		void report(long documentId, String channel, Long targetId, String country, java.time.Instant at, int count,
				int sign) {
			String day = LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
			add(documentId, TOTAL, "", sign * (long) count, sign);
			add(documentId, CHANNEL, channel, sign * (long) count, sign);
			add(documentId, TARGET, (targetId == null) ? NO_TARGET : targetId.toString(), sign * (long) count, sign);
			add(documentId, COUNTRY, country, sign * (long) count, sign);
			add(documentId, DAY, day, sign * (long) count, sign);
		}

		void held(long documentId, int count, int sign) {
			add(documentId, HELD, "", sign * (long) count, sign);
		}

		void documentReporter(long documentId, int sign) {
			add(documentId, REPORTERS, "", sign, 0);
		}

		void caseReporter(long caseId, int sign) {
			caseReporters.computeIfAbsent(caseId, (id) -> new long[1])[0] += sign;
		}

		private void add(long documentId, String dimension, String key, long actions, long reports) {
			String sortKey = String.format("%019d|%s|%s", documentId, dimension, key);
			long[] row = documentRows.computeIfAbsent(sortKey, (k) -> new long[2]);
			row[0] += actions;
			row[1] += reports;
		}

	}

	void apply(Delta delta) {
		List<Object[]> rows = new ArrayList<>();
		delta.documentRows.forEach((sortKey, values) -> {
			String[] parts = sortKey.split("\\|", 3);
			rows.add(new Object[] { values[0], values[1], Long.parseLong(parts[0]), parts[1], parts[2] });
		});
		documentCounters.apply(rows);
		List<Object[]> cases = new ArrayList<>();
		delta.caseReporters.forEach((caseId, values) -> cases.add(new Object[] { values[0], caseId }));
		caseCounters.apply(cases);
	}

}
