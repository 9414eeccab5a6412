package org.urgentaction.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * Reports held beyond their client's hourly allowance, and the coordinators' decisions on
 * them: approving moves a report into the public totals, voiding leaves it out for good.
 * Each decision is in the history. A report is decided once, whichever node or
 * coordinator comes first (its row is locked and checked again).
 */
@Component
class HeldReports {

	static final int MAX_IDS = 500;

	private final JdbcClient jdbc;

	private final Tally tally;

	private final ReportVoids voids;

	private final AuditLog audit;

	HeldReports(JdbcClient jdbc, Tally tally, ReportVoids voids, AuditLog audit) {
		this.jdbc = jdbc;
		this.tally = tally;
		this.voids = voids;
		this.audit = audit;
	}

	/** A held report with its UA, for the dashboard. */
	record HeldLine(ActionReport report, String uaNumber, boolean withEmail) {
	}

	@Transactional(readOnly = true)
	List<HeldLine> pending(int limit) {
		return jdbc
			.sql("select " + ReportRepository.COLUMNS + ", d.ua_number, r.email "
					+ "from action_report r join ua_document d on d.id = r.document_id "
					+ "where r.held and not exists (select 1 from action_void v where v.report_id = r.id) "
					+ "order by r.id limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new HeldLine(ReportRepository.map(rs, n), rs.getString("ua_number"),
					rs.getString("email") != null))
			.list();
	}

	/**
	 * Approves the reports that are still held; returns how many were.
	 */
	@Transactional
	int approve(List<Long> ids, String actor) {
		List<Long> checked = checked(ids);
		List<Held> held = jdbc.sql("select " + ReportRepository.COLUMNS + ", r.reporter_key from action_report r "
				+ "where r.id in (:ids) and r.held and not exists (select 1 from action_void v where v.report_id = r.id) "
				+ "order by r.id for update")
			.param("ids", checked)
			.query((rs, n) -> new Held(ReportRepository.map(rs, n), rs.getString("reporter_key")))
			.list();
		if (held.isEmpty()) {
			return 0;
		}
		jdbc.sql("update action_report set held = false, counted = true where id in (:ids) and held")
			.param("ids", held.stream().map((h) -> h.report().id()).toList())
			.update();
		Counters.Delta delta = new Counters.Delta();
		List<Tally.Item> items = new ArrayList<>();
		for (Held h : held) {
			delta.held(h.report().documentId(), h.report().count(), -1);
			items.add(Tally.Item.of(h.report(), h.reporterKey()));
		}
		tally.count(items, delta);
		for (Held h : held) {
			ActionReport r = h.report();
			audit.record(actor, "ACTION_REPORT_APPROVED", "action_report", r.id(),
					r.count() + " " + r.channel() + " on document " + r.documentId() + " held since " + r.reportedAt());
		}
		return held.size();
	}

	/**
	 * Voids the reports that are still held, each with the reason; returns how many were.
	 */
	@Transactional
	int voidAll(List<Long> ids, String reason, String actor) {
		List<Long> held = jdbc
			.sql("select r.id from action_report r where r.id in (:ids) and r.held "
					+ "and not exists (select 1 from action_void v where v.report_id = r.id) order by r.id")
			.param("ids", checked(ids))
			.query(Long.class)
			.list();
		for (long id : held) {
			voids.voidReport(id, reason, actor);
		}
		return held.size();
	}

	private static List<Long> checked(List<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInputException(new FieldProblem("ids", "action.validation.noneChosen"));
		}
		if (ids.size() > MAX_IDS) {
			throw new InvalidInputException(new FieldProblem("ids", "validation.length", MAX_IDS));
		}
		return ids.stream().distinct().toList();
	}

	private record Held(ActionReport report, String reporterKey) {
	}

	/** Held actions and reports of documents, for staff. */
	long[] totals(List<Long> documentIds) {
		long[] held = new long[2];
		if (documentIds.isEmpty()) {
			return held;
		}
		jdbc.sql("select coalesce(sum(actions), 0), coalesce(sum(reports), 0) from action_counter "
				+ "where dimension = 'HELD' and document_id in (:ids)")
			.params(Map.of("ids", documentIds))
			.query((rs) -> {
				held[0] = rs.getLong(1);
				held[1] = rs.getLong(2);
			});
		return held;
	}

}
