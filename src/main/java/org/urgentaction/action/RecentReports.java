package org.urgentaction.action;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the counted or held reports that new reports would repeat: same document,
 * reporter, channel and target within the duplicate window.
 */
@Component
class RecentReports {

	private final NamedParameterJdbcTemplate named;

	RecentReports(NamedParameterJdbcTemplate named) {
		this.named = named;
	}

	static String repeatKey(long documentId, String reporterKey, String channel, Long targetId) {
		return documentId + "|" + reporterKey + "|" + channel + "|" + Objects.toString(targetId, "");
	}

	/**
	 * The repeat keys of counted or held, not voided reports since {@code cutoff} by the
	 * reporters of {@code reports}; a mutable set.
	 */
	Set<String> keysSince(List<NewReport> reports, Instant cutoff) {
		Set<String> keys = new HashSet<>();
		List<Long> documentIds = reports.stream()
			.filter((r) -> r.reporterKey() != null)
			.map(NewReport::documentId)
			.distinct()
			.toList();
		List<String> reporterKeys = reports.stream()
			.map(NewReport::reporterKey)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		if (reporterKeys.isEmpty()) {
			return keys;
		}
		named.query("""
				select r.document_id, r.reporter_key, r.channel, r.target_id from action_report r
				where r.document_id in (:documents) and r.reporter_key in (:reporters) and (r.counted or r.held)
				  and r.reported_at > :cutoff
				  and not exists (select 1 from action_void v where v.report_id = r.id)""",
				Map.of("documents", documentIds, "reporters", reporterKeys, "cutoff", Timestamp.from(cutoff)), (rs) -> {
					long target = rs.getLong(4);
					Long targetId = rs.wasNull() ? null : target;
					keys.add(repeatKey(rs.getLong(1), rs.getString(2), rs.getString(3), targetId));
				});
		return keys;
	}

}
