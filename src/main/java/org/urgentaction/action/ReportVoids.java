package org.urgentaction.action;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;

/**
 * Staff void a report: it leaves the totals (or the held figure) and stays in the history
 * with the reason.
 */
@Component
class ReportVoids {

	static final int MAX_REASON = 1000;

	private final JdbcClient jdbc;

	private final ReportRepository reports;

	private final Reporters reporters;

	private final Counters counters;

	private final AuditLog audit;

	private final Clock clock;

	ReportVoids(JdbcClient jdbc, ReportRepository reports, Reporters reporters, Counters counters, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.reporters = reporters;
		this.counters = counters;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ActionReport voidReport(long reportId, String reason, String actor) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException(new FieldProblem("reason", "validation.required"));
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new InvalidInputException(new FieldProblem("reason", "validation.length", MAX_REASON));
		}
		ActionReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("Report " + reportId));
		String reporterKey = jdbc.sql("select reporter_key from action_report where id = :id")
			.param("id", reportId)
			.query(String.class)
			.optional()
			.orElse(null);
		try {
			jdbc.sql(
					"insert into action_void (report_id, voided_at, voided_by, reason) values (:id, :at, :by, :reason)")
				.params(Map.of("id", reportId, "at", Timestamp.from(clock.instant()), "by", actor, "reason",
						reason.strip()))
				.update();
		}
		catch (DuplicateKeyException alreadyVoided) {
			throw new InvalidInputException(new FieldProblem("reason", "action.validation.alreadyVoided"));
		}
		if (report.counted()) {
			uncount(report, reporterKey);
		}
		else if (report.held()) {
			Counters.Delta delta = new Counters.Delta();
			delta.held(report.documentId(), report.count(), -1);
			counters.apply(delta);
		}
		audit.record(actor, "ACTION_REPORT_VOIDED", "action_report", reportId, report.count() + " " + report.channel()
				+ " on document " + report.documentId() + ": " + reason.strip());
		return reports.findById(reportId).orElseThrow();
	}

	private void uncount(ActionReport report, String reporterKey) {
		Counters.Delta delta = new Counters.Delta();
		delta.report(report.documentId(), report.channel().name(), report.targetId(), report.country(),
				report.reportedAt(), report.count(), -1);
		if (reporterKey == null) {
			delta.documentReporter(report.documentId(), -1);
			delta.caseReporter(report.caseId(), -1);
		}
		else {
			Reporters.Ref document = new Reporters.Ref(Reporters.DOCUMENT, report.documentId(), reporterKey);
			Reporters.Ref uaCase = new Reporters.Ref(Reporters.CASE, report.caseId(), reporterKey);
			Map<Reporters.Ref, Long> before = reporters.lock(java.util.List.of(document, uaCase));
			reporters.add(Map.of(document, -1L, uaCase, -1L));
			if (before.getOrDefault(document, 0L) == 1) {
				delta.documentReporter(report.documentId(), -1);
			}
			if (before.getOrDefault(uaCase, 0L) == 1) {
				delta.caseReporter(report.caseId(), -1);
			}
		}
		counters.apply(delta);
	}

}
