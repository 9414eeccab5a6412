package org.urgentaction.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.urgentaction.system.NotFoundException;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * The impact report of a UA or its whole case for staff: a PDF letter to a chosen target
 * and the figures as CSV.
 */
@Controller
class ImpactReportController {

	private final ReportService reports;

	private final ImpactReport impact;

	private final UaService uas;

	private final Clock clock;

	ImpactReportController(ReportService reports, ImpactReport impact, UaService uas, Clock clock) {
		this.reports = reports;
		this.impact = impact;
		this.uas = uas;
		this.clock = clock;
	}

	@GetMapping("/admin/actions/uas/{id:\\d+}/impact.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam long targetId,
			@RequestParam(defaultValue = "case") String scope, Locale locale) {
		UaDocument document = uas.get(id);
		Target target = uas.thread(document.caseId())
			.stream()
			.map((d) -> d.target(targetId))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Target " + targetId));
		byte[] pdf = impact.pdf(totals(document, scope), document, target, LocalDate.now(clock), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("impact-" + document.uaNumber().replace('/', '-') + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	@GetMapping("/admin/actions/uas/{id:\\d+}/impact.csv")
	ResponseEntity<String> csv(@PathVariable long id, @RequestParam(defaultValue = "case") String scope) {
		UaDocument document = uas.get(id);
		return ActionDashboardController.csvFile("impact-" + document.uaNumber().replace('/', '-') + ".csv",
				impact.csv(totals(document, scope), document));
	}

	private ActionTotals totals(UaDocument document, String scope) {
		return "document".equals(scope) ? reports.documentTotals(document.id()) : reports.caseTotals(document.caseId());
	}

}
