package org.urgentaction.section;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.urgentaction.action.ActionReport;
import org.urgentaction.action.ReportInput;
import org.urgentaction.action.ReportService;
import org.urgentaction.action.StoredReport;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * Group reports a section collected offline (letters signed at an event): stored as
 * reports from one of its countries, so that they count in its totals and in the global
 * ones, and marked as collected by the section.
 */
@Service
class CollectedReports {

	private final ReportService reports;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CollectedReports(ReportService reports, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	record Collected(String channel, Integer count, String country, String event, String note) {
	}

	ActionReport add(long documentId, Section section, Collected input, String idempotencyKey, String actor) {
		String country = (input.country() == null || input.country().isBlank()) ? section.countries().get(0)
				: input.country().strip().toUpperCase(java.util.Locale.ROOT);
		if (!section.countries().contains(country)) {
			throw new InvalidInputException(new FieldProblem("country", "section.validation.notServed", country));
		}
		String event = SectionRules.strip(input.event());
		if (event != null && event.length() > 300) {
			throw new InvalidInputException(new FieldProblem("event", "validation.length", 300));
		}
		StoredReport stored = reports.report(documentId,
				new ReportInput(input.channel(), null, input.count(), country, null, false, input.note()), null, null,
				idempotencyKey);
		if (!stored.replayed()) {
			jdbc.sql("""
					insert into section_collected_report (report_id, section_code, event, recorded_by, recorded_at)
					values (:report, :section, :event, :by, :now)
					""")
				.params(Map.of("report", stored.report().id(), "section", section.code(), "by", actor, "now",
						Timestamp.from(clock.instant())))
				.param("event", event)
				.update();
			audit.record(actor, "SECTION_REPORT_COLLECTED", "ua_document", documentId,
					section.code() + ": " + stored.report().count());
		}
		return stored.report();
	}

	/** How many actions the section collected offline for the document. */
	long actions(long documentId, String sectionCode) {
		return jdbc.sql("""
				select coalesce(sum(r.action_count), 0) from section_collected_report c
				join action_report r on r.id = c.report_id
				where r.document_id = :document and c.section_code = :section and r.counted
				and not exists (select 1 from action_void v where v.report_id = r.id)
				""").param("document", documentId).param("section", sectionCode).query(Long.class).single();
	}

	List<Map<String, Object>> list(long documentId, String sectionCode) {
		return jdbc.sql("""
				select r.id, r.channel, r.action_count, r.country, c.event, r.note, c.recorded_by, c.recorded_at
				from section_collected_report c join action_report r on r.id = c.report_id
				where r.document_id = :document and c.section_code = :section order by r.id
				""").param("document", documentId).param("section", sectionCode).query((rs, row) -> {
			Map<String, Object> item = new java.util.LinkedHashMap<>();
			item.put("reportId", rs.getLong("id"));
			item.put("channel", rs.getString("channel"));
			item.put("count", rs.getInt("action_count"));
			item.put("country", rs.getString("country"));
			item.put("event", rs.getString("event"));
			item.put("note", rs.getString("note"));
			item.put("recordedBy", rs.getString("recorded_by"));
			item.put("recordedAt", rs.getTimestamp("recorded_at").toInstant());
			return item;
		}).list();
	}

}
