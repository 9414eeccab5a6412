package org.urgentaction.action;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.Actor;
import org.urgentaction.system.NotFoundException;

/**
 * The JSON API of reports: anyone may report and read totals; staff read and void single
 * reports, see what is held and approve or void held reports. Like the form, it answers
 * with the anonymous reporter cookie, so that a browser's repeats are recognised.
 */
@RestController
class ReportApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final ReportService reports;

	ReportApiController(ReportService reports) {
		this.reports = reports;
	}

	@PostMapping("/api/uas/{id}/reports")
	ResponseEntity<ActionReport> report(@PathVariable long id, @RequestBody ReportInput input,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey, HttpServletRequest request,
			HttpServletResponse response) {
		StoredReport stored = reports.report(id, input, ReporterCookie.returned(request, response),
				request.getRemoteAddr(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/reports/" + stored.report().id()))
			.header("Idempotent-Replayed", Boolean.toString(stored.replayed()))
			.body(stored.report());
	}

	/**
	 * Totals of the document, or with {@code scope=case} of its whole case.
	 */
	@GetMapping("/api/uas/{id}/totals")
	Map<String, Object> totals(@PathVariable long id, @RequestParam(defaultValue = "document") String scope,
			Authentication authentication) {
		ReportService.Scoped scoped = reports.totals(id, "case".equals(scope), Actor.isStaff(authentication))
			.orElseThrow(() -> new NotFoundException("Document " + id));
		ActionTotals totals = scoped.totals();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("documentId", id);
		body.put("caseId", scoped.caseId());
		body.put("scope", scoped.wholeCase() ? "case" : "document");
		body.put("actions", totals.actions());
		body.put("reports", totals.reports());
		body.put("reporters", totals.reporters());
		body.put("countries", totals.countries());
		body.put("byChannel", totals.byChannel());
		body.put("byTarget", totals.byTarget());
		body.put("byCountry", totals.byCountry());
		body.put("byDay", totals.byDay());
		if (scoped.held() != null) {
			body.put("held", scoped.held()[0]);
			body.put("heldReports", scoped.held()[1]);
		}
		return body;
	}

	@GetMapping("/api/reports/{reportId}")
	ActionReport one(@PathVariable long reportId) {
		return reports.find(reportId).orElseThrow(() -> new NotFoundException("Report " + reportId));
	}

	record VoidRequest(String reason) {
	}

	record HeldDecision(List<Long> ids, String reason) {
	}

	@PostMapping("/api/reports/held/approve")
	Map<String, Integer> approveHeld(@RequestBody HeldDecision body, Authentication authentication) {
		return Map.of("approved", reports.approveHeld(body.ids(), Actor.name(authentication)));
	}

	@PostMapping("/api/reports/held/void")
	Map<String, Integer> voidHeld(@RequestBody HeldDecision body, Authentication authentication) {
		return Map.of("voided", reports.voidHeld(body.ids(), body.reason(), Actor.name(authentication)));
	}

	@PostMapping("/api/reports/{reportId}/void")
	ActionReport voidReport(@PathVariable long reportId, @RequestBody VoidRequest body, Authentication authentication) {
		return reports.voidReport(reportId, body.reason(), Actor.name(authentication));
	}

}
