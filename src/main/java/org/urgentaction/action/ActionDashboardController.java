package org.urgentaction.action;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.system.Actor;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * The staff dashboard: actions over time, by channel and by country, for all UAs and for
 * one case, with CSV exports, voiding of reports, and the held reports to approve or
 * void.
 */
@Controller
class ActionDashboardController {

	private final ReportService reports;

	private final TotalsRepository totals;

	private final ReportRepository reportRows;

	private final ActionCharts charts;

	private final UaService uas;

	private final HeldReports held;

	ActionDashboardController(ReportService reports, TotalsRepository totals, ReportRepository reportRows,
			ActionCharts charts, UaService uas, HeldReports held) {
		this.reports = reports;
		this.totals = totals;
		this.reportRows = reportRows;
		this.charts = charts;
		this.uas = uas;
		this.held = held;
	}

	@GetMapping("/admin/actions")
	String all(Locale locale, Model model) {
		ActionTotals all = reports.allTotals();
		model.addAttribute("totals", all);
		model.addAttribute("charts", charts.of(all, locale));
		model.addAttribute("top", totals.topDocuments(50));
		model.addAttribute("held", held.pending(HeldReports.MAX_IDS));
		return "action/dashboard";
	}

	/**
	 * Approves or voids the chosen held reports at once ({@code decision} is
	 * {@code approve} or {@code void}, which needs a reason).
	 */
	@PostMapping("/admin/actions/held")
	String decideHeld(@RequestParam(required = false) List<Long> ids, @RequestParam String decision,
			@RequestParam(defaultValue = "") String reason, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			int done = "approve".equals(decision) ? reports.approveHeld(ids, Actor.name(authentication))
					: reports.voidHeld(ids, reason, Actor.name(authentication));
			redirect.addAttribute("approve".equals(decision) ? "approved" : "heldVoided", done);
		}
		catch (InvalidInputException ex) {
			redirect.addAttribute("heldError", "true");
		}
		return "redirect:/admin/actions#held";
	}

	@GetMapping("/admin/actions/export.csv")
	ResponseEntity<String> exportAll() {
		Csv csv = new Csv().row("ua_number", "document_id", "dimension", "key", "actions", "reports");
		totals.eachCounter((rs) -> csv.row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getLong(5), rs.getLong(6)));
		return csvFile("actions.csv", csv.toString());
	}

	@GetMapping("/admin/actions/uas/{id:\\d+}")
	String one(@PathVariable long id, Locale locale, Model model) {
		UaDocument document = uas.get(id);
		ActionTotals caseTotals = reports.caseTotals(document.caseId());
		List<Long> documentIds = uas.thread(document.caseId()).stream().map(UaDocument::id).toList();
		model.addAttribute("doc", document);
		model.addAttribute("totals", caseTotals);
		model.addAttribute("charts", charts.of(caseTotals, locale));
		model.addAttribute("recent", reportRows.recent(documentIds, 100));
		return "action/case";
	}

	@GetMapping("/admin/actions/uas/{id:\\d+}/reports.csv")
	ResponseEntity<String> exportCase(@PathVariable long id) {
		UaDocument document = uas.get(id);
		List<Long> documentIds = uas.thread(document.caseId()).stream().map(UaDocument::id).toList();
		Csv csv = new Csv().row("id", "document_id", "reported_at", "channel", "target_id", "count", "country",
				"counted", "voided", "void_reason", "note");
		for (ReportRepository.ReportLine line : reportRows.recent(documentIds, Integer.MAX_VALUE)) {
			ActionReport r = line.report();
			csv.row(r.id(), r.documentId(), r.reportedAt(), r.channel(), r.targetId(), r.count(), r.country(),
					r.counted(), r.voided(), line.voidReason(), r.note());
		}
		return csvFile("reports-" + document.uaNumber().replace('/', '-') + ".csv", csv.toString());
	}

	@PostMapping("/admin/actions/reports/{reportId:\\d+}/void")
	String voidReport(@PathVariable long reportId, @RequestParam(defaultValue = "") String reason,
			Authentication authentication, RedirectAttributes redirect) {
		ActionReport report = reports.find(reportId)
			.orElseThrow(() -> new org.urgentaction.system.NotFoundException("Report " + reportId));
		try {
			reports.voidReport(reportId, reason, Actor.name(authentication));
			redirect.addAttribute("voided", reportId);
		}
		catch (InvalidInputException ex) {
			redirect.addAttribute("voidError", reportId);
		}
		return "redirect:/admin/actions/uas/" + report.documentId();
	}

	static ResponseEntity<String> csvFile(String name, String csv) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv);
	}

}
